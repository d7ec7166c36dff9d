package dev.artgen.common.job;

import java.time.Instant;
import java.util.List;

/**
 * A job as the API shows it: no lease or fencing internals, image URLs instead of storage keys.
 * Lives in common because webhook deliveries (worker) carry exactly what {@code GET /v1/jobs/{id}}
 * (api) answers.
 */
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
        Instant finishedAt,
        WebhookView webhook) {

    /** The job's own callback, as the caller submitted it. */
    public record WebhookView(String url, List<String> events) {

        static WebhookView of(JobWebhook webhook) {
            return webhook == null ? null : new WebhookView(webhook.url(), JobWebhook.typeNames(webhook.states()));
        }
    }

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
                job.finishedAt(),
                WebhookView.of(job.webhook()));
    }
}
