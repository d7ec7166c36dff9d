package dev.artgen.api.limits;

/** The caller used up their request rate; answered 429 with Retry-After. */
public class RateLimited extends RuntimeException {

    private final long retryAfterSeconds;

    RateLimited(String policy, int quota, int windowSeconds, long retryAfterSeconds) {
        super("You have made more than " + quota + " " + policy + " in " + windowSeconds + " seconds; try again in "
                + retryAfterSeconds + " s.");
        this.retryAfterSeconds = retryAfterSeconds;
    }

    public long retryAfterSeconds() {
        return retryAfterSeconds;
    }
}
