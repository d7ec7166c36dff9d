package dev.artgen.worker.run;

import dev.artgen.common.job.Claim;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobError;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.job.StoredImage;
import dev.artgen.common.messaging.JobEventPublisher;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.common.usage.UsageLedger;
import dev.artgen.common.usage.UsageRecord;
import dev.artgen.worker.provider.Generation;
import dev.artgen.worker.provider.ProviderFailure;
import dev.artgen.worker.provider.Providers;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * One attempt at one claimed job: generate, store every picture under its deterministic key, record
 * usage, then mark the job succeeded only if this worker still holds the lease. Safe to repeat:
 * a second run writes the same keys and the same usage record.
 */
class JobExecution {

    private static final Logger log = LoggerFactory.getLogger(JobExecution.class);

    private final Jobs jobs;
    private final Providers providers;
    private final ImageStore store;
    private final UsageLedger usage;
    private final JobEventPublisher events;
    private final WorkerProperties properties;
    private final Clock clock;

    JobExecution(
            Jobs jobs,
            Providers providers,
            ImageStore store,
            UsageLedger usage,
            JobEventPublisher events,
            WorkerProperties properties,
            Clock clock) {
        this.jobs = jobs;
        this.providers = providers;
        this.store = store;
        this.usage = usage;
        this.events = events;
        this.properties = properties;
        this.clock = clock;
    }

    void run(Job job, Claim claim) {
        events.published(job);
        try {
            Generation generation = providers.forModel(job.request().model()).generate(job.id(), job.request());
            List<StoredImage> images = store(job, generation);
            usage.record(new UsageRecord(
                    job.id(),
                    job.owner(),
                    job.request().model(),
                    images.size(),
                    generation.usage().inputTokens(),
                    generation.usage().outputTokens(),
                    generation.usage().costUsd(),
                    clock.instant()));
            Optional<Job> succeeded = jobs.succeed(claim, images, generation.usage(), clock.instant());
            report(succeeded, claim, "succeeded");
            succeeded.ifPresent(done -> log.info(
                    "Job {} succeeded with {} pictures (attempt {})", done.id(), images.size(), done.attempts()));
        } catch (InterruptedException e) {
            // The worker is stopping: write nothing, the lease expires and another worker takes over.
            Thread.currentThread().interrupt();
        } catch (ProviderFailure.Permanent e) {
            log.info("Job {} failed permanently: {} {}", job.id(), e.code(), e.getMessage());
            report(jobs.fail(claim, new JobError(e.code(), e.getMessage()), clock.instant()), claim, "failed");
        } catch (ProviderFailure.Transient e) {
            retryOrFail(job, claim, new JobError(e.code(), e.getMessage()), e.retryAfter());
        } catch (RuntimeException e) {
            log.warn("Job {} attempt {} failed unexpectedly", job.id(), job.attempts(), e);
            retryOrFail(
                    job,
                    claim,
                    new JobError("internal_error", "The worker failed to finish the job; it will be retried."),
                    Duration.ZERO);
        }
    }

    private List<StoredImage> store(Job job, Generation generation) {
        List<StoredImage> images = new ArrayList<>();
        for (int index = 0; index < generation.pictures().size(); index++) {
            Generation.Picture picture = generation.pictures().get(index);
            String key = StoredImage.keyOf(job.id(), index, picture.format());
            store.put(key, picture.bytes(), picture.contentType());
            images.add(new StoredImage(
                    StoredImage.idOf(job.id(), index),
                    index,
                    key,
                    picture.width(),
                    picture.height(),
                    picture.format(),
                    picture.bytes().length));
        }
        return images;
    }

    /** Backs off exponentially, or longer when the provider asked (its Retry-After, capped by the properties). */
    private void retryOrFail(Job job, Claim claim, JobError error, Duration retryAfter) {
        Instant now = clock.instant();
        if (job.attempts() >= job.maxAttempts()) {
            var finalError =
                    new JobError(error.code(), error.message() + " (gave up after " + job.attempts() + " attempts)");
            report(jobs.fail(claim, finalError, now), claim, "failed");
        } else {
            report(
                    jobs.retryLater(claim, error, now.plus(properties.backoffAfter(job.attempts(), retryAfter)), now),
                    claim,
                    "queued for retry");
        }
    }

    private void report(Optional<Job> changed, Claim claim, String outcome) {
        changed.ifPresentOrElse(
                events::published,
                () -> log.info(
                        "Job {} was not {} by this worker: its lease was lost or it was canceled",
                        claim.jobId(),
                        outcome));
    }
}
