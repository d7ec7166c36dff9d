package dev.artgen.api.uploads;

/** No upload with that id is visible to the caller. */
public class UploadNotFound extends RuntimeException {

    public UploadNotFound(String id) {
        super("No upload with id '" + id + "'.");
    }
}
