package dev.artgen.worker.webhook;

import dev.artgen.common.webhook.WebhookProperties;
import java.time.Duration;
import java.util.Optional;
import java.util.random.RandomGenerator;

/**
 * When a failed delivery is tried again: exponential backoff with jitter, never sooner than the
 * receiver's {@code Retry-After}, never later than the maximum delay, and not at all after the last
 * attempt. Pure: the random source is given, so tests see exact numbers.
 */
final class RetrySchedule {

    private final WebhookProperties.Retry retry;
    private final RandomGenerator random;

    RetrySchedule(WebhookProperties.Retry retry, RandomGenerator random) {
        this.retry = retry;
        this.random = random;
    }

    /** The backoff after {@code failures} failed attempts in a row, before jitter. */
    Duration backoff(int failures) {
        double millis = retry.initialDelay().toMillis() * Math.pow(retry.multiplier(), Math.max(failures - 1, 0));
        return millis >= retry.maxDelay().toMillis() ? retry.maxDelay() : Duration.ofMillis((long) millis);
    }

    /**
     * The wait before the next attempt after {@code failures} failures in a row, or empty when that
     * was the last attempt.
     */
    Optional<Duration> next(int failures, Duration retryAfter) {
        if (failures >= retry.maxAttempts()) {
            return Optional.empty();
        }
        // ±jitter spreads the retries of many deliveries that failed together (a receiver outage).
        double spread = 1 + retry.jitter() * (2 * random.nextDouble() - 1);
        Duration wait = Duration.ofMillis(Math.round(backoff(failures).toMillis() * spread));
        if (retryAfter != null && retryAfter.compareTo(wait) > 0) {
            wait = retryAfter;
        }
        return Optional.of(wait.compareTo(retry.maxDelay()) > 0 ? retry.maxDelay() : wait);
    }
}
