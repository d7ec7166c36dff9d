package dev.artgen.common.job;

/** One finished picture of a job: where its bytes live in the image store and what they are. */
public record StoredImage(String id, int index, String key, int width, int height, String format, long bytes) {

    private static final String PREFIX = "img_";

    /** Image ids are derived from the job, so a job that runs twice names its pictures the same way. */
    public static String idOf(String jobId, int index) {
        return PREFIX + jobId.substring(Job.ID_PREFIX.length()) + "_" + index;
    }

    /** The storage key is deterministic too: a second run overwrites rather than duplicates. */
    public static String keyOf(String jobId, int index, String format) {
        return "images/" + jobId + "/" + index + "." + format;
    }

    /** The job an image id belongs to, or null when the id is not one of ours. */
    public static ImageAddress parse(String imageId) {
        if (imageId == null || !imageId.startsWith(PREFIX)) {
            return null;
        }
        int separator = imageId.lastIndexOf('_');
        if (separator <= PREFIX.length()) {
            return null;
        }
        try {
            int index = Integer.parseInt(imageId.substring(separator + 1));
            return index < 0
                    ? null
                    : new ImageAddress(Job.ID_PREFIX + imageId.substring(PREFIX.length(), separator), index);
        } catch (NumberFormatException notAnIndex) {
            return null;
        }
    }

    /** The job and position an image id points at. */
    public record ImageAddress(String jobId, int index) {}
}
