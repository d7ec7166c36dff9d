package dev.artgen.common.storage;

import java.io.InputStream;

/** Where picture bytes live: S3 in production (MinIO client), the same protocol locally and in tests. */
public interface ImageStore {

    void put(String key, byte[] bytes, String contentType);

    /** The stored bytes; the caller closes the stream. Throws {@link ImageMissing} when the key is absent. */
    InputStream open(String key);

    /** How many objects are stored under a key prefix. */
    int count(String prefix);

    /** Removes every object under a key prefix; removing nothing is not an error. */
    void deleteAll(String prefix);

    /** Thrown when an image's bytes are not in the store. */
    final class ImageMissing extends RuntimeException {
        public ImageMissing(String key, Throwable cause) {
            super("no stored image at " + key, cause);
        }
    }
}
