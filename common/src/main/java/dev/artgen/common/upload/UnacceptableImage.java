package dev.artgen.common.upload;

/**
 * The bytes are not an image ArtGen accepts. The reason reads as a predicate of the file ("is empty",
 * "is not a PNG, JPEG or WebP image ..."), so it can follow the field's name in a problem.
 */
public class UnacceptableImage extends RuntimeException {

    public UnacceptableImage(String reason) {
        super(reason);
    }
}
