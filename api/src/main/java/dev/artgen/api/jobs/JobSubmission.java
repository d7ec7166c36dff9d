package dev.artgen.api.jobs;

import dev.artgen.api.limits.JobAdmission;
import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobProperties;
import dev.artgen.common.job.JobWebhook;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.messaging.JobDispatch;
import dev.artgen.common.messaging.JobEventPublisher;
import dev.artgen.common.model.JobDraft;
import dev.artgen.common.model.ModelCatalog;
import dev.artgen.common.model.RequestCheck;
import dev.artgen.common.model.RequestCheck.FieldProblem;
import dev.artgen.common.upload.Uploads;
import dev.artgen.common.webhook.WebhookRules;
import java.security.SecureRandom;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.random.RandomGenerator;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.stereotype.Component;

/**
 * Accepts a job: check it, reserve its quota, record it, publish it, and only then report success.
 * If the broker refuses, the record and reservation are removed again and the caller hears so (503):
 * nothing half-accepted is left.
 */
@Component
class JobSubmission {

    // Seeds stay below 2^53 so they survive a round trip through JavaScript numbers.
    private static final long MAX_SEED = 1L << 53;

    private final RequestCheck check;
    private final ModelCatalog catalog;
    private final Jobs jobs;
    private final Uploads uploads;
    private final JobDispatch dispatch;
    private final JobEventPublisher events;
    private final JobProperties properties;
    private final JobAdmission admission;
    private final Clock clock;
    private final WebhookRules webhooks;
    private static final Logger log = LoggerFactory.getLogger(JobSubmission.class);

    private final RandomGenerator seeds = new SecureRandom();

    JobSubmission(
            RequestCheck check,
            ModelCatalog catalog,
            Jobs jobs,
            Uploads uploads,
            JobDispatch dispatch,
            JobEventPublisher events,
            JobProperties properties,
            JobAdmission admission,
            Clock clock,
            WebhookRules webhooks) {
        this.check = check;
        this.catalog = catalog;
        this.jobs = jobs;
        this.uploads = uploads;
        this.dispatch = dispatch;
        this.events = events;
        this.properties = properties;
        this.admission = admission;
        this.clock = clock;
        this.webhooks = webhooks;
    }

    Job submit(String owner, JobDraft draft) {
        RequestCheck.Outcome outcome = check.check(draft, new InputImages(owner, uploads, jobs));
        List<FieldProblem> problems = new ArrayList<>(outcome.problems());
        JobWebhook webhook = webhooks.jobWebhook(draft.webhook(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        GenerationRequest request = withSeed(outcome.request());
        Instant now = clock.instant();
        Job queued = Job.queued(owner, request, properties.maxAttempts(), now, now.plus(properties.redispatchAfter()))
                .withWebhook(webhook);
        // Reserved before the job exists: a rejected job leaves nothing stored and nothing published.
        admission.admit(queued);
        Job job = jobs.insert(queued);
        try {
            // The queued event goes first, so no worker's "running" can overtake it on the events topic.
            events.publishedAndAcknowledged(job);
            dispatch.dispatch(job.id());
            log.info("Job {} queued: model {}, n {}", job.id(), request.model(), request.n());
        } catch (JobDispatch.BrokerUnavailable e) {
            jobs.delete(job.id());
            admission.release(job.id());
            throw e;
        }
        return job;
    }

    /** Every job of a seeded model records its seed, so "re-run with the same settings" is exact. */
    private GenerationRequest withSeed(GenerationRequest request) {
        boolean seeded =
                catalog.find(request.model()).map(spec -> spec.seeded()).orElse(false);
        if (!seeded || request.seed() != null) {
            return request;
        }
        return request.withSeed(seeds.nextLong(MAX_SEED));
    }
}
