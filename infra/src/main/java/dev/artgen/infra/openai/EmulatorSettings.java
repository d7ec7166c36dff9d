package dev.artgen.infra.openai;

/**
 * How an emulator starts.
 *
 * @param host the address to bind (loopback by default: the emulator has no real authentication)
 * @param apiKey the only key accepted; null accepts any non-empty bearer key
 * @param faults the misbehaviour at start, and what {@code reset()} returns to
 * @param seed the seed of the fault draws and of the pictures
 * @param requestLogCapacity how many recorded requests are kept (oldest dropped first)
 */
public record EmulatorSettings(String host, String apiKey, Faults faults, long seed, int requestLogCapacity) {

    public EmulatorSettings {
        if (apiKey != null && apiKey.isBlank()) {
            throw new IllegalArgumentException("an API key, when set, must not be blank");
        }
        if (requestLogCapacity < 1) {
            throw new IllegalArgumentException("requestLogCapacity must be >= 1");
        }
    }

    public static EmulatorSettings defaults() {
        return new EmulatorSettings("127.0.0.1", null, Faults.none(), 42L, 10_000);
    }

    public EmulatorSettings withHost(String value) {
        return new EmulatorSettings(value, apiKey, faults, seed, requestLogCapacity);
    }

    public EmulatorSettings withApiKey(String value) {
        return new EmulatorSettings(host, value, faults, seed, requestLogCapacity);
    }

    public EmulatorSettings withFaults(Faults value) {
        return new EmulatorSettings(host, apiKey, value, seed, requestLogCapacity);
    }

    public EmulatorSettings withSeed(long value) {
        return new EmulatorSettings(host, apiKey, faults, value, requestLogCapacity);
    }

    public EmulatorSettings withRequestLogCapacity(int value) {
        return new EmulatorSettings(host, apiKey, faults, seed, value);
    }
}
