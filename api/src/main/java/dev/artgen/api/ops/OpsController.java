package dev.artgen.api.ops;

import dev.artgen.api.CurrentUser;
import dev.artgen.api.jobs.InvalidRequest;
import dev.artgen.common.job.JobState;
import dev.artgen.common.messaging.Topics;
import dev.artgen.common.worker.Workers;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import org.springframework.http.HttpStatus;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.ResponseStatus;
import org.springframework.web.bind.annotation.RestController;

/** The operator's view of a running ArtGen (admins only, like everything under /v1/admin). */
@RestController
@RequestMapping("/v1/admin")
class OpsController {

    private static final int MAX_DEAD_LETTERS = 100;

    private final Workers workers;
    private final QueueDepth depth;
    private final DeadLetters deadLetters;
    private final OpsProperties properties;
    private final Clock clock;

    OpsController(Workers workers, QueueDepth depth, DeadLetters deadLetters, OpsProperties properties, Clock clock) {
        this.workers = workers;
        this.depth = depth;
        this.deadLetters = deadLetters;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(
            summary = "System overview: live workers and their in-flight jobs, queue depth, Kafka lag, dead letters",
            description = "A worker is listed while it has sent a heartbeat within artgen.ops.worker-timeout. "
                    + "Lag and counts read from Kafka are null when the broker did not answer in time.")
    @GetMapping("/ops")
    OpsView ops() {
        Instant now = clock.instant();
        Long deadLetterCount;
        try {
            deadLetterCount = depth.records(Topics.JOBS_DEAD_LETTER);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            deadLetterCount = null;
        } catch (Exception e) {
            deadLetterCount = null;
        }
        return new OpsView(
                workers.seenSince(now.minus(properties.workerTimeout())),
                new OpsView.JobCounts(depth.jobs(JobState.QUEUED), depth.jobs(JobState.RUNNING)),
                List.of(
                        depth.lag(properties.jobsGroup(), Topics.JOBS),
                        depth.lag(properties.webhooksGroup(), Topics.JOB_EVENTS)),
                new OpsView.DeadLetterCounts(deadLetterCount, deadLetters.requeuedCount()),
                now);
    }

    @Operation(
            summary = "The most recent dead-lettered job messages, newest first",
            description = "Messages no worker could take (unreadable, or failing past the consumer's retries).")
    @GetMapping("/dead-letters")
    List<DeadLetter> deadLetters(@RequestParam(defaultValue = "20") int limit) {
        if (limit < 1 || limit > MAX_DEAD_LETTERS) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_DEAD_LETTERS);
        }
        return deadLetters.recent(limit);
    }

    @Operation(summary = "One dead-lettered message: its content, the error that sent it there, where it came from")
    @GetMapping("/dead-letters/{id}")
    DeadLetter deadLetter(@PathVariable String id) {
        return deadLetters.find(checked(id));
    }

    @Operation(
            summary = "Put a dead-lettered message back on the jobs topic",
            description = "Once per message: a second requeue answers 409. The job itself stays in MongoDB, so a "
                    + "message for a job that has since ended is harmless.")
    @PostMapping("/dead-letters/{id}/requeue")
    @ResponseStatus(HttpStatus.ACCEPTED)
    DeadLetter requeue(@PathVariable String id) {
        return deadLetters.requeue(checked(id), CurrentUser.id());
    }

    private static String checked(String id) {
        if (!DeadLetters.ID.matcher(id).matches()) {
            throw new InvalidRequest("id", "is not a dead-letter id (partition-offset, e.g. 0-12)");
        }
        return id;
    }
}
