package dev.artgen.api.events;

import dev.artgen.api.CurrentUser;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.Jobs;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Instant;
import java.util.List;
import org.springframework.http.MediaType;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** Job events as Server-Sent Events, for clients that cannot use the WebSocket. */
@RestController
class EventStreamController {

    // How many changed jobs a reconnecting client is sent before live events resume.
    private static final int MAX_CATCH_UP = 500;

    private final EventStreams streams;
    private final Jobs jobs;

    EventStreamController(EventStreams streams, Jobs jobs) {
        this.streams = streams;
        this.jobs = jobs;
    }

    @Operation(
            summary = "Stream your job events (Server-Sent Events)",
            description = "Each event is named by its type (job.queued, job.running, job.succeeded, job.failed, "
                    + "job.canceled) and carries {type, job}. Its id is when the job changed (epoch ms): "
                    + "reconnect with Last-Event-ID to first receive every job of yours that changed since.")
    @GetMapping(path = "/v1/events/stream", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter stream(@RequestHeader(name = "Last-Event-ID", required = false) String lastEventId) {
        String owner = CurrentUser.id();
        return streams.open(owner, catchUp(owner, lastEventId));
    }

    private List<Job> catchUp(String owner, String lastEventId) {
        if (lastEventId == null || !lastEventId.matches("\\d{1,15}")) {
            return List.of();
        }
        return jobs.changedSince(owner, Instant.ofEpochMilli(Long.parseLong(lastEventId)), MAX_CATCH_UP);
    }
}
