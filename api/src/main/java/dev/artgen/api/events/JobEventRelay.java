package dev.artgen.api.events;

import dev.artgen.common.job.JobView;
import dev.artgen.common.messaging.MessageCodec;
import dev.artgen.common.messaging.Topics;
import org.springframework.kafka.annotation.KafkaListener;
import tools.jackson.databind.json.JsonMapper;

/**
 * Relays job events from Kafka to their owners' browsers connected to this api instance, its event streams
 * and the requests waiting for a job to end. Each instance reads
 * in a consumer group of its own, so every instance sees every event.
 */
class JobEventRelay {

    private final MessageCodec codec;
    private final JsonMapper json;
    private final EventSocket socket;
    private final JobWaits waits;
    private final EventStreams streams;

    JobEventRelay(MessageCodec codec, JsonMapper json, EventSocket socket, JobWaits waits, EventStreams streams) {
        this.codec = codec;
        this.json = json;
        this.socket = socket;
        this.waits = waits;
        this.streams = streams;
    }

    /** What a browser receives: the event type and the job as {@code GET /v1/jobs/{id}} shows it. */
    record BrowserEvent(String type, JobView job) {}

    @KafkaListener(
            id = "artgen-event-relay",
            topics = Topics.JOB_EVENTS,
            groupId = "artgen-api-${random.uuid}",
            properties = "auto.offset.reset=latest")
    void relay(String message) {
        codec.jobEvent(message).ifPresent(event -> {
            socket.send(
                    event.job().owner(),
                    json.writeValueAsString(
                            new BrowserEvent("job." + event.state().wireName(), JobView.of(event.job()))));
            waits.jobChanged(event.job());
            streams.jobChanged(event.job());
        });
    }
}
