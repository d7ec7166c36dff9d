package dev.artgen.api.ops;

/** No dead-lettered message has this id (answered 404). */
public class DeadLetterNotFound extends RuntimeException {

    DeadLetterNotFound(String id) {
        super("No dead-lettered message " + id + " is on the dead-letter topic.");
    }
}
