package dev.artgen.common.upload;

import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An image a user uploaded as input for edits and variations. Its bytes live in the image store under
 * {@link #key()}; this document is only written once they are there.
 *
 * @param id {@code upl_} + an ObjectId, so ids sort by creation time like job ids
 * @param key the S3 key, {@code uploads/{id}.{format}}
 * @param format {@code png}, {@code jpeg} or {@code webp}, judged from the bytes themselves
 * @param bytes the file's size in bytes
 * @param hasAlpha whether the image can carry transparency (from its header)
 */
@Document("uploads")
public record Upload(
        @Id String id,
        String owner,
        String key,
        String format,
        int width,
        int height,
        long bytes,
        boolean hasAlpha,
        Instant createdAt) {

    static final String ID_PREFIX = "upl_";
    static final String KEY_PREFIX = "uploads/";

    public static String newId() {
        return ID_PREFIX + new ObjectId().toHexString();
    }

    /** Where an upload's bytes are stored. */
    public static String keyFor(String id, String format) {
        return KEY_PREFIX + id + "." + format;
    }

    /** Whether {@code id} has the shape of an upload id (it may still not exist). */
    public static boolean isId(String id) {
        return id != null && id.matches("upl_[0-9a-f]{24}");
    }
}
