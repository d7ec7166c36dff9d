package dev.artgen.common.upload;

import org.springframework.util.unit.DataSize;

/** The file is larger than {@code artgen.uploads.max-bytes} (answered 413, not 400). */
public class UploadTooLarge extends UnacceptableImage {

    public UploadTooLarge(DataSize limit) {
        super("is larger than " + describe(limit) + ", the most an upload may be");
    }

    static String describe(DataSize size) {
        long bytes = size.toBytes();
        if (bytes % (1024 * 1024) == 0) {
            return (bytes / (1024 * 1024)) + " MB";
        }
        if (bytes % 1024 == 0) {
            return (bytes / 1024) + " KB";
        }
        return bytes + " bytes";
    }
}
