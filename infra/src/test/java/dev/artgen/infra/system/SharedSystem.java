package dev.artgen.infra.system;

import java.util.Map;

/** One ArtGen shared by the test classes that need nothing special, started once per test run. */
final class SharedSystem {

    private static ArtGenSystem system;

    private SharedSystem() {}

    static synchronized ArtGenSystem get() {
        if (system == null) {
            try {
                system = ArtGenSystem.start(Map.of());
            } catch (Exception e) {
                throw new IllegalStateException("Could not start ArtGen for the tests", e);
            }
            Runtime.getRuntime().addShutdownHook(new Thread(() -> {
                try {
                    system.close();
                } catch (Exception ignored) {
                    // the JVM is going away anyway
                }
            }));
        }
        return system;
    }
}
