package dev.artgen.worker.run;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobProperties;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.messaging.JobDispatch;
import dev.artgen.common.messaging.JobEventPublisher;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Every worker sweeps: jobs whose worker died go back to the queue (or fail when out of attempts),
 * and queued jobs that are due — retries after their backoff, or messages nobody claimed — are
 * published again. Conditional updates make concurrent sweepers safe.
 */
class JobSweeper {

    private static final Logger log = LoggerFactory.getLogger(JobSweeper.class);
    private static final int BATCH = 100;

    private final Jobs jobs;
    private final JobDispatch dispatch;
    private final JobEventPublisher events;
    private final JobProperties jobProperties;
    private final Clock clock;

    JobSweeper(Jobs jobs, JobDispatch dispatch, JobEventPublisher events, JobProperties jobProperties, Clock clock) {
        this.jobs = jobs;
        this.dispatch = dispatch;
        this.events = events;
        this.jobProperties = jobProperties;
        this.clock = clock;
    }

    @Scheduled(
            fixedDelayString = "${artgen.worker.sweep-interval:2s}",
            initialDelayString = "${artgen.worker.sweep-interval:2s}")
    void sweep() {
        try {
            reclaimExpiredLeases();
            dispatchDueJobs();
        } catch (RuntimeException e) {
            log.warn("Sweep failed, will try again: {}", e.getMessage());
        }
    }

    void reclaimExpiredLeases() {
        Instant now = clock.instant();
        for (Job expired : jobs.withExpiredLease(now, BATCH)) {
            jobs.reclaimExpired(expired, now, jobProperties.redispatchAfter()).ifPresent(job -> {
                log.info(
                        "Job {} lost its worker {} (attempt {}); now {}",
                        job.id(),
                        expired.lease().owner(),
                        job.attempts(),
                        job.state());
                events.published(job);
            });
        }
    }

    void dispatchDueJobs() {
        Instant now = clock.instant();
        for (Job due : jobs.dueForDispatch(now, BATCH)) {
            if (jobs.markDispatched(due, now.plus(jobProperties.redispatchAfter()))) {
                dispatch.dispatch(due.id());
            }
        }
    }
}
