package dev.artgen.api.ops;

import dev.artgen.common.worker.WorkerStatus;
import java.time.Instant;
import java.util.List;

/**
 * What {@code GET /v1/admin/ops} answers: is ArtGen consuming, how much is waiting, what failed.
 *
 * @param workers workers heard from within artgen.ops.worker-timeout, with their in-flight counts
 * @param jobs jobs by the states that mean "not done yet", from MongoDB
 * @param consumers Kafka lag of the workers' groups: jobs waiting on the topic, events not yet turned into webhooks
 * @param deadLetters messages on the dead-letter topic and how many of them were requeued
 */
public record OpsView(
        List<WorkerStatus> workers,
        JobCounts jobs,
        List<ConsumerLag> consumers,
        DeadLetterCounts deadLetters,
        Instant checkedAt) {

    /** Jobs waiting for a worker and jobs a worker is running. */
    public record JobCounts(long queued, long running) {}

    /** @param count null when Kafka did not answer in time */
    public record DeadLetterCounts(Long count, long requeued) {}
}
