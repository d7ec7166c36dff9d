package dev.artgen.common.job;

import java.time.Instant;
import java.util.List;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A generation job as stored in MongoDB, the source of truth for its state. Kafka only carries the
 * news that a job wants running; every transition is a conditional update on this document.
 *
 * @param fence incremented on every claim and re-queue, so a worker that lost its lease cannot write
 * @param notBefore a queued job is not claimed before this time (retry backoff)
 * @param dispatchAt when the sweeper should publish the job again if nobody has claimed it by then
 * @param webhook where to call back about this job's state changes, if the caller asked for it
 */
@Document("jobs")
public record Job(
        @Id String id,
        String owner,
        GenerationRequest request,
        JobState state,
        int attempts,
        int maxAttempts,
        long fence,
        Lease lease,
        JobError error,
        List<StoredImage> images,
        Usage usage,
        Instant createdAt,
        Instant updatedAt,
        Instant startedAt,
        Instant finishedAt,
        Instant notBefore,
        Instant dispatchAt,
        JobWebhook webhook) {

    static final String ID_PREFIX = "job_";

    public Job {
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** Ids sort by creation time (an ObjectId inside), which is what cursor pagination walks. */
    public static String newId() {
        return ID_PREFIX + new ObjectId().toHexString();
    }

    public static Job queued(
            String owner, GenerationRequest request, int maxAttempts, Instant now, Instant dispatchAt) {
        return new Job(
                newId(),
                owner,
                request,
                JobState.QUEUED,
                0,
                maxAttempts,
                0,
                null,
                null,
                List.of(),
                null,
                now,
                now,
                null,
                null,
                now,
                dispatchAt,
                null);
    }

    /** The same job with a webhook to call back; set before the job is stored. */
    public Job withWebhook(JobWebhook webhook) {
        return new Job(
                id,
                owner,
                request,
                state,
                attempts,
                maxAttempts,
                fence,
                lease,
                error,
                images,
                usage,
                createdAt,
                updatedAt,
                startedAt,
                finishedAt,
                notBefore,
                dispatchAt,
                webhook);
    }
}
