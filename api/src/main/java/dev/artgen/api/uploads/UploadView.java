package dev.artgen.api.uploads;

import dev.artgen.common.upload.Upload;
import java.time.Instant;

/** An upload as the API shows it: no owner or storage key, a URL for the bytes instead. */
public record UploadView(
        String id,
        String format,
        int width,
        int height,
        long bytes,
        boolean hasAlpha,
        Instant createdAt,
        String contentUrl) {

    public static UploadView of(Upload upload) {
        return new UploadView(
                upload.id(),
                upload.format(),
                upload.width(),
                upload.height(),
                upload.bytes(),
                upload.hasAlpha(),
                upload.createdAt(),
                "/v1/uploads/" + upload.id() + "/content");
    }
}
