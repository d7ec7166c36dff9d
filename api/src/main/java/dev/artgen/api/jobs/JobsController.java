package dev.artgen.api.jobs;

import dev.artgen.api.CurrentUser;
import dev.artgen.api.events.JobWaits;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobView;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.messaging.JobEventPublisher;
import dev.artgen.common.model.JobDraft;
import dev.artgen.common.storage.ImageStore;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.context.request.async.DeferredResult;

/** Submit-and-poll: the job resource. */
@RestController
@RequestMapping("/v1/jobs")
class JobsController {

    private static final Pattern JOB_ID = Pattern.compile("job_[0-9a-f]{24}");
    private static final int MAX_PAGE = 100;

    private final IdempotentSubmission submission;
    private final Jobs jobs;
    private final ImageStore store;
    private final JobEventPublisher events;
    private final Clock clock;
    private final JobWaits waits;

    JobsController(
            IdempotentSubmission submission,
            Jobs jobs,
            ImageStore store,
            JobEventPublisher events,
            Clock clock,
            JobWaits waits) {
        this.submission = submission;
        this.jobs = jobs;
        this.store = store;
        this.events = events;
        this.clock = clock;
        this.waits = waits;
    }

    @Operation(
            summary = "Submit a generation job",
            description = "Validates, checks limits and budgets, records and queues the job; answers 202 with its "
                    + "Location. With an Idempotency-Key, a retry of the same request answers the original job "
                    + "(Idempotent-Replayed: true); see docs/limits.md.")
    @PostMapping(consumes = MediaType.APPLICATION_JSON_VALUE)
    ResponseEntity<JobView> submit(
            @RequestBody JobDraft draft,
            @RequestHeader(name = IdempotentSubmission.HEADER, required = false) String idempotencyKey) {
        IdempotentSubmission.Submitted submitted = submission.submit(CurrentUser.id(), idempotencyKey, draft);
        Job job = submitted.job();
        var response = ResponseEntity.status(HttpStatus.ACCEPTED).location(URI.create("/v1/jobs/" + job.id()));
        if (submitted.replayed()) {
            response.header("Idempotent-Replayed", "true");
        }
        return response.body(JobView.of(job));
    }

    @Operation(summary = "Get a job: state, timestamps, attempts, error and images")
    @GetMapping("/{id}")
    JobView get(@PathVariable String id) {
        return JobView.of(visible(id));
    }

    @Operation(
            summary = "Get a job, waiting for it to end (Prefer: wait=N)",
            description = "With Prefer: wait=N (RFC 7240) the answer comes as soon as the job is succeeded, "
                    + "failed or canceled, or after N seconds (at most artgen.events.max-wait) with the job as it "
                    + "is then; Preference-Applied says how long was waited for.")
    @GetMapping(path = "/{id}", headers = "Prefer")
    DeferredResult<ResponseEntity<JobView>> getWaiting(@PathVariable String id, @RequestHeader HttpHeaders headers) {
        Job job = visible(id);
        Duration wait = Preferences.waitOf(headers.getValuesAsList("Prefer")).orElse(Duration.ZERO);
        return waits.await(job, CurrentUser.id(), wait, () -> new JobNotFound(id));
    }

    @Operation(
            summary = "List jobs newest first",
            description = "Pass next_cursor back as cursor to get the following page.")
    @GetMapping
    JobPage list(@RequestParam(required = false) String cursor, @RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_PAGE);
        }
        if (cursor != null && !JOB_ID.matcher(cursor).matches()) {
            throw new InvalidRequest("cursor", "is not a cursor this API returned");
        }
        List<Job> page = jobs.page(CurrentUser.id(), cursor, limit + 1);
        boolean more = page.size() > limit;
        List<Job> shown = more ? page.subList(0, limit) : page;
        return new JobPage(
                shown.stream().map(JobView::of).toList(), more ? shown.getLast().id() : null);
    }

    @Operation(
            summary = "Cancel a queued or running job",
            description = "Canceling a finished job changes nothing and answers 409.")
    @PostMapping("/{id}/cancel")
    JobView cancel(@PathVariable String id) {
        Job job = visible(id);
        Job canceled = jobs.cancel(job.id(), clock.instant()).orElseThrow(() -> new JobNotCancelable(job));
        events.published(canceled);
        return JobView.of(canceled);
    }

    @Operation(
            summary = "Delete a finished job and its pictures",
            description = "Removes the job, its images and thumbnails; its usage record stays for accounting. "
                    + "A queued or running job answers 409: cancel it first.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        Job job = visible(id);
        if (!job.state().isTerminal()) {
            throw new JobNotDeletable(job);
        }
        // Pictures first: a job document that outlives its pictures would show broken images.
        store.deleteAll("images/" + job.id() + "/");
        store.deleteAll("thumbs/" + job.id() + "/");
        jobs.delete(job.id());
        return ResponseEntity.noContent().build();
    }

    private Job visible(String id) {
        return jobs.find(id).filter(job -> CurrentUser.canReach(job.owner())).orElseThrow(() -> new JobNotFound(id));
    }

    /** A job still queued or running cannot be deleted (answered 409). */
    static class JobNotDeletable extends IllegalStateException {
        JobNotDeletable(Job job) {
            super("Job " + job.id() + " is " + job.state().wireName() + "; cancel it before deleting it.");
        }
    }

    /** The job already finished; nothing to cancel (answered 409). */
    static class JobNotCancelable extends IllegalStateException {
        JobNotCancelable(Job job) {
            super("Job " + job.id() + " is already " + job.state().wireName() + "; there is nothing to cancel.");
        }
    }
}
