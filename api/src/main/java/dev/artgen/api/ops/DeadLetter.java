package dev.artgen.api.ops;

import java.time.Instant;

/**
 * One message on the jobs' dead-letter topic, as an operator inspects it.
 *
 * @param id {@code partition-offset} on the dead-letter topic, what the requeue route takes
 * @param jobId the record key: the job the message was about, when it had one
 * @param message the record value, cut to 2,000 characters
 * @param error why it was dead-lettered (the exception message the worker recorded)
 * @param requeuedAt when an admin put it back on the jobs topic, null if never
 */
public record DeadLetter(
        String id,
        String jobId,
        String message,
        String error,
        String exception,
        String originalTopic,
        Integer originalPartition,
        Long originalOffset,
        Instant deadLetteredAt,
        Instant requeuedAt) {}
