package dev.artgen.api.jobs;

import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobError;
import dev.artgen.common.job.JobState;
import dev.artgen.common.job.StoredImage;
import dev.artgen.common.job.Usage;
import java.time.Instant;
import java.util.List;

/** A job as the API shows it: no lease or fencing internals, image URLs instead of storage keys. */
public record JobView(
        String id,
        JobState state,
        GenerationRequest request,
        int attempts,
        int maxAttempts,
        JobError error,
        List<ImageView> images,
        Usage usage,
        Instant createdAt,
        Instant updatedAt,
        Instant startedAt,
        Instant finishedAt) {

    /** One finished picture and where to fetch it. */
    public record ImageView(
            String id,
            int width,
            int height,
            String format,
            long bytes,
            String url,
            String downloadUrl,
            String thumbnailUrl) {

        static ImageView of(StoredImage image) {
            String url = "/v1/images/" + image.id();
            return new ImageView(
                    image.id(),
                    image.width(),
                    image.height(),
                    image.format(),
                    image.bytes(),
                    url,
                    url + "/download",
                    url + "/thumbnail");
        }
    }

    public static JobView of(Job job) {
        return new JobView(
                job.id(),
                job.state(),
                job.request(),
                job.attempts(),
                job.maxAttempts(),
                job.error(),
                job.images().stream().map(ImageView::of).toList(),
                job.usage(),
                job.createdAt(),
                job.updatedAt(),
                job.startedAt(),
                job.finishedAt());
    }
}
