package dev.artgen.api.ops;

import java.time.Instant;

/** The message was put back on the jobs topic before; requeueing is once per message (answered 409). */
class AlreadyRequeued extends IllegalStateException {

    AlreadyRequeued(String id, Instant at) {
        super("Dead letter " + id + " was already requeued at " + at + ".");
    }
}
