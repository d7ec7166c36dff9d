package dev.artgen.worker.webhook;

import java.time.Duration;

/** What one HTTP call to a receiver came to. */
sealed interface CallResult {

    long latencyMs();

    /** The receiver answered; only a 2xx counts as delivered. */
    record Answered(int status, Duration retryAfter, String excerpt, long latencyMs) implements CallResult {

        boolean delivered() {
            return status >= 200 && status < 300;
        }
    }

    /** No answer: {@code kind} is timeout, unreachable or address_refused. */
    record NoAnswer(String kind, String reason, long latencyMs) implements CallResult {}
}
