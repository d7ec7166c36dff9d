package dev.artgen.infra.openai;

import java.time.Duration;

/**
 * "The next {@code requests} requests answer 429 rate_limit_exceeded with {@code retry-after}": the shape a client's
 * retry and backoff logic has to survive.
 */
public record Burst(int requests, Duration retryAfter) {

    public static final Burst NONE = new Burst(0, Duration.ofSeconds(1));

    public Burst {
        if (requests < 0) {
            throw new IllegalArgumentException("burst requests must be >= 0");
        }
        if (retryAfter.isNegative()) {
            throw new IllegalArgumentException("burst retry-after must be >= 0");
        }
    }

    /** Reads "K" or "K:R" (e.g. "3:2s"). */
    static Burst parse(String text) {
        String[] parts = text.strip().split(":", 2);
        int requests = Integer.parseInt(parts[0].strip());
        return new Burst(requests, parts.length == 2 ? Durations.parse(parts[1]) : Duration.ofSeconds(1));
    }
}
