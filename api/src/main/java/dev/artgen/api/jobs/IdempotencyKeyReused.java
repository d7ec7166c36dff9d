package dev.artgen.api.jobs;

/** The key was already used with a different request body; answered 422. */
public class IdempotencyKeyReused extends RuntimeException {

    IdempotencyKeyReused() {
        super("This Idempotency-Key was already used with a different request; use a new key for a new job.");
    }
}
