package dev.artgen.api.jobs;

/** No job with that id is visible to the caller. */
public class JobNotFound extends RuntimeException {

    public JobNotFound(String id) {
        super("No job with id '" + id + "'.");
    }
}
