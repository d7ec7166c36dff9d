package dev.artgen.worker.provider;

import java.time.Duration;

/**
 * A provider could not make the pictures. Classified once, where the failure is understood:
 * transient failures are worth another attempt, permanent ones end the job at once.
 */
public abstract sealed class ProviderFailure extends RuntimeException {

    private final String code;

    ProviderFailure(String code, String message, Throwable cause) {
        super(message, cause);
        this.code = code;
    }

    /** A stable, machine-readable reason, stored with the job. */
    public String code() {
        return code;
    }

    /** Rate limits, timeouts, 5xx: the same request may well succeed later. */
    public static final class Transient extends ProviderFailure {

        private final Duration retryAfter;

        public Transient(String code, String message, Throwable cause) {
            this(code, message, cause, Duration.ZERO);
        }

        /** @param retryAfter how long the provider asked us to wait (its Retry-After), zero if it did not say */
        public Transient(String code, String message, Throwable cause, Duration retryAfter) {
            super(code, message, cause);
            this.retryAfter = retryAfter;
        }

        public Duration retryAfter() {
            return retryAfter;
        }
    }

    /** Bad request, refused content, no quota: retrying would fail again (and may cost money). */
    public static final class Permanent extends ProviderFailure {
        public Permanent(String code, String message, Throwable cause) {
            super(code, message, cause);
        }
    }
}
