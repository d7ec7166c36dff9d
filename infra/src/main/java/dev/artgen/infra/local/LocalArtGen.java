package dev.artgen.infra.local;

import dev.artgen.api.ArtGenApi;
import dev.artgen.worker.ArtGenWorker;
import java.nio.file.Path;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.springframework.context.ConfigurableApplicationContext;

/**
 * ArtGen on one machine with nothing installed: embedded Kafka, MongoDB-wire and S3 servers, the
 * api and a worker, in one JVM. Data stays in {@code ./data} across restarts; Ctrl-C stops it all.
 */
public final class LocalArtGen {

    private LocalArtGen() {}

    public static void main(String[] args) throws Exception {
        long started = System.nanoTime();
        Path dataDir = Path.of(System.getProperty("artgen.data", "data")).toAbsolutePath();
        int port = Integer.parseInt(System.getProperty("artgen.port", "8080"));
        LocalInfrastructure infrastructure = LocalInfrastructure.start(dataDir, new LocalInfrastructure.Ports(0, 0, 0));

        Map<String, Object> shared = new HashMap<>(infrastructure.springProperties());
        Map<String, Object> api = new HashMap<>(shared);
        api.put("server.port", port);
        // The first start writes the admin's key here; the banner below says where to find it.
        Path adminKey = dataDir.resolve("admin-key");
        api.put("artgen.security.admin-key-file", adminKey.toString());
        // Management ports (health, metrics) next to the api's: 8081 for the api, 8082 for the worker.
        api.put("artgen.ops.management-port", port + 1);
        Map<String, Object> workerProperties = new HashMap<>(shared);
        workerProperties.put("server.port", port + 2);
        ConfigurableApplicationContext worker =
                ArtGenWorker.application().run(LocalInfrastructure.asArguments(workerProperties));
        ConfigurableApplicationContext apiContext = ArtGenApi.application().run(LocalInfrastructure.asArguments(api));

        Runtime.getRuntime()
                .addShutdownHook(new Thread(
                        () -> {
                            System.out.println("Stopping ArtGen...");
                            apiContext.close();
                            worker.close();
                            try {
                                infrastructure.close();
                            } catch (Exception e) {
                                System.err.println("Infrastructure did not stop cleanly: " + e.getMessage());
                            }
                        },
                        "artgen-shutdown"));

        Duration startup = Duration.ofNanos(System.nanoTime() - started);
        System.out.printf(
                "%n  ArtGen is running (started in %.1f s; data in %s)%n  Gallery:  http://localhost:%d/%n  API docs: http://localhost:%d/docs%n  Sign in:  with the admin key in %s%n  Press Ctrl-C to stop.%n%n",
                startup.toMillis() / 1000.0, dataDir, port, port, adminKey);
    }
}
