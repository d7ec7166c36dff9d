package dev.artgen.api.jobs;

/** A request with the same key is still being processed; answered 409, retry shortly. */
public class IdempotencyKeyInUse extends RuntimeException {

    IdempotencyKeyInUse() {
        super("A request with this Idempotency-Key is still being processed; retry shortly to get its job.");
    }
}
