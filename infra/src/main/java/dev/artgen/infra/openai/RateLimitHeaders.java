package dev.artgen.infra.openai;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.LongSupplier;

/**
 * OpenAI's request rate limit as a token bucket (capacity = requests per minute, refilled continuously), and the
 * {@code x-ratelimit-*} / {@code retry-after} headers that report it.
 */
final class RateLimitHeaders {

    /** The bucket's state as one request saw it. */
    record Snapshot(boolean allowed, int limit, int remaining, Duration reset, Duration retryAfter) {

        Map<String, String> headers() {
            Map<String, String> h = new LinkedHashMap<>();
            h.put("x-ratelimit-limit-requests", Integer.toString(limit));
            h.put("x-ratelimit-remaining-requests", Integer.toString(remaining));
            h.put("x-ratelimit-reset-requests", duration(reset));
            return h;
        }
    }

    private final LongSupplier nanoClock;
    private int limit;
    private double tokens;
    private long updatedAt;

    RateLimitHeaders(int limit, LongSupplier nanoClock) {
        this.nanoClock = nanoClock;
        this.limit = limit;
        this.tokens = limit;
        this.updatedAt = nanoClock.getAsLong();
    }

    /** A new limit starts with a full bucket: tests that change it want a clean slate. */
    synchronized void limit(int requestsPerMinute) {
        if (requestsPerMinute != limit) {
            limit = requestsPerMinute;
            tokens = requestsPerMinute;
            updatedAt = nanoClock.getAsLong();
        }
    }

    synchronized void reset() {
        tokens = limit;
        updatedAt = nanoClock.getAsLong();
    }

    /** Takes one request from the bucket if {@code consume}; otherwise only reports. */
    synchronized Snapshot take(boolean consume) {
        refill();
        boolean allowed = tokens >= 1;
        if (consume && allowed) {
            tokens -= 1;
        }
        double nanosPerToken = 60e9 / limit;
        Duration reset = Duration.ofNanos((long) ((limit - tokens) * nanosPerToken));
        Duration retryAfter = allowed ? Duration.ZERO : Duration.ofNanos((long) ((1 - tokens) * nanosPerToken));
        return new Snapshot(allowed || !consume, limit, (int) Math.floor(tokens), reset, retryAfter);
    }

    private void refill() {
        long now = nanoClock.getAsLong();
        tokens = Math.min(limit, tokens + (now - updatedAt) * limit / 60e9);
        updatedAt = now;
    }

    /** {@code retry-after} in whole seconds (rounded up, as HTTP wants) and {@code retry-after-ms} exactly. */
    static Map<String, String> retryAfter(Duration wait) {
        long millis = Math.max(0, wait.toMillis());
        return Map.of("retry-after", Long.toString((millis + 999) / 1000), "retry-after-ms", Long.toString(millis));
    }

    /** OpenAI's duration style in rate-limit headers and messages: "120ms", "1s", "8.64s", "6m0s". */
    static String duration(Duration d) {
        long millis = Math.max(0, d.toMillis());
        if (millis < 1000) {
            return millis + "ms";
        }
        if (millis < 60_000) {
            return seconds(millis) + "s";
        }
        return (millis / 60_000) + "m" + seconds(millis % 60_000) + "s";
    }

    private static String seconds(long millis) {
        if (millis % 1000 == 0) {
            return Long.toString(millis / 1000);
        }
        String s = String.format(java.util.Locale.ROOT, "%.3f", millis / 1000.0);
        return s.replaceAll("0+$", "");
    }
}
