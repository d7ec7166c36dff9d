package dev.artgen.common.upload;

import dev.artgen.common.storage.ImageStore;
import java.time.Clock;
import java.time.temporal.ChronoUnit;

/**
 * Takes an uploaded file in: checks it completely before anything is stored, then stores the bytes
 * and only then records the upload, so a recorded upload always has its bytes. (If recording fails
 * after the bytes are stored, an unreferenced object stays behind under {@code uploads/}; nothing
 * lists it.)
 */
public class UploadIntake {

    private final Uploads uploads;
    private final ImageStore store;
    private final UploadProperties limits;
    private final Clock clock;

    public UploadIntake(Uploads uploads, ImageStore store, UploadProperties limits, Clock clock) {
        this.uploads = uploads;
        this.store = store;
        this.limits = limits;
        this.clock = clock;
    }

    /** Refuses a file by its size alone, before its bytes are read into memory. */
    public void checkSize(long size) {
        if (size <= 0) {
            throw new UnacceptableImage("is empty");
        }
        if (size > limits.maxBytes().toBytes()) {
            throw new UploadTooLarge(limits.maxBytes());
        }
    }

    /**
     * Checks, stores and records an upload; throws {@link UnacceptableImage} having stored nothing.
     * The time is kept to the millisecond, as MongoDB keeps it, so the answer and later reads agree.
     */
    public Upload accept(String owner, byte[] bytes) {
        checkSize(bytes.length);
        ImageFacts facts = ImageInspection.inspect(bytes, limits.maxPixels());
        String id = Upload.newId();
        Upload upload = new Upload(
                id,
                owner,
                Upload.keyFor(id, facts.format()),
                facts.format(),
                facts.width(),
                facts.height(),
                bytes.length,
                facts.hasAlpha(),
                clock.instant().truncatedTo(ChronoUnit.MILLIS));
        store.put(upload.key(), bytes, "image/" + facts.format());
        return uploads.insert(upload);
    }
}
