package dev.artgen.api.images;

import dev.artgen.common.job.StoredImage;
import dev.artgen.common.storage.ImageStore;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import net.coobird.thumbnailator.Thumbnailator;

/**
 * Small versions of gallery pictures, made once on first request and kept in the image store, so a
 * page of fifty loads fifty small files instead of fifty full-size PNGs. Pictures with a transparent
 * background stay PNG (alpha matters); the rest become compact JPEG.
 */
class Thumbnails {

    /** Fits within this many pixels on the long side: sharp at 2x in a ~190 px grid cell. */
    static final int SIZE = 384;

    private final ImageStore store;

    Thumbnails(ImageStore store) {
        this.store = store;
    }

    record Thumbnail(byte[] bytes, String format) {}

    Thumbnail of(StoredImage image, boolean transparent) {
        String format = transparent ? "png" : "jpeg";
        String key = "thumbs/" + image.key().replaceFirst("^images/", "").replaceFirst("\\.[a-z]+$", "") + "-" + SIZE
                + "." + format;
        try (InputStream cached = store.open(key)) {
            return new Thumbnail(cached.readAllBytes(), format);
        } catch (ImageStore.ImageMissing notYetMade) {
            Thumbnail made = new Thumbnail(scale(image, format), format);
            // Two requests racing here both write the same bytes under the same key: harmless.
            store.put(key, made.bytes(), "image/" + format);
            return made;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private byte[] scale(StoredImage image, String format) {
        try (InputStream original = store.open(image.key())) {
            var out = new ByteArrayOutputStream();
            // Thumbnailator keeps the aspect ratio and never enlarges past the original.
            Thumbnailator.createThumbnail(original, out, format, SIZE, SIZE);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
