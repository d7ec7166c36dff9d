package dev.artgen.api.limits;

/** The caller already has as many jobs queued or running as they may; answered 429. */
public class TooManyJobsInFlight extends RuntimeException {

    private final int limit;

    TooManyJobsInFlight(int limit) {
        super("You already have " + limit + " jobs queued or running, your limit; submit more when one ends.");
        this.limit = limit;
    }

    public int limit() {
        return limit;
    }
}
