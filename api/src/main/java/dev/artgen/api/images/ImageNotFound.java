package dev.artgen.api.images;

/** No image with that id is visible to the caller. */
public class ImageNotFound extends RuntimeException {

    public ImageNotFound(String id) {
        super("No image with id '" + id + "'.");
    }
}
