package dev.artgen.common.messaging;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobState;
import java.time.Instant;

/** A job changed state; carries the job as it was right after the change. */
public record JobEvent(String jobId, JobState state, Instant occurredAt, Job job) {

    public static JobEvent of(Job job, Instant now) {
        return new JobEvent(job.id(), job.state(), now, job);
    }
}
