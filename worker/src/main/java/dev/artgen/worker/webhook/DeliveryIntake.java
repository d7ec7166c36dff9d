package dev.artgen.worker.webhook;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobState;
import dev.artgen.common.job.JobView;
import dev.artgen.common.job.JobWebhook;
import dev.artgen.common.messaging.JobEvent;
import dev.artgen.common.messaging.MessageCodec;
import dev.artgen.common.messaging.Topics;
import dev.artgen.common.webhook.Deliveries;
import dev.artgen.common.webhook.Delivery;
import dev.artgen.common.webhook.WebhookEndpoint;
import dev.artgen.common.webhook.WebhookEndpoints;
import java.time.Clock;
import java.time.Instant;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Turns job events into deliveries. All workers share one consumer group, so each event is read by
 * one of them; what it writes is idempotent (the delivery id comes from the event), so an event read
 * again after a rebalance or crash adds nothing. Sending is the scheduler's business, not this one's.
 */
class DeliveryIntake {

    /** The body of every delivery: Standard Webhooks' {type, timestamp, data}, data being the job. */
    record WebhookMessage(String type, Instant timestamp, JobView data) {}

    private final MessageCodec codec;
    private final Deliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final Clock clock;
    private final WebhookTracing tracing;

    DeliveryIntake(
            MessageCodec codec,
            Deliveries deliveries,
            WebhookEndpoints endpoints,
            Clock clock,
            WebhookTracing tracing) {
        this.codec = codec;
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.clock = clock;
        this.tracing = tracing;
    }

    @KafkaListener(
            id = "artgen-webhook-intake",
            topics = Topics.JOB_EVENTS,
            groupId = "${artgen.webhooks.group:artgen-webhooks}",
            containerFactory = "webhookListenerFactory")
    void onJobEvent(String message) {
        JobEvent event = codec.jobEvent(message).orElse(null);
        if (event == null) {
            return;
        }
        Job job = event.job();
        if (job == null || job.owner() == null) {
            return;
        }
        JobState state = job.state();
        // When the job changed identifies the change itself, whoever published the news of it.
        Instant changedAt = job.updatedAt() != null ? job.updatedAt() : event.occurredAt();
        String payload =
                codec.write(new WebhookMessage(JobWebhook.typeName(state), event.occurredAt(), JobView.of(job)));
        Instant now = clock.instant();
        // The listener runs in the trace the event's record carried: the deliveries continue it.
        String traceparent = tracing.current();
        JobWebhook own = job.webhook();
        if (own != null && own.wants(state)) {
            deliveries.insertIfAbsent(Delivery.pending(
                    job.owner(), job.id(), null, own.url(), state, changedAt, payload, now, traceparent));
        }
        for (WebhookEndpoint endpoint : endpoints.enabledOf(job.owner())) {
            // An endpoint hears of changes from its registration on, even when events are read late.
            if (endpoint.wants(state) && !changedAt.isBefore(endpoint.createdAt())) {
                deliveries.insertIfAbsent(Delivery.pending(
                        job.owner(),
                        job.id(),
                        endpoint.id(),
                        endpoint.url(),
                        state,
                        changedAt,
                        payload,
                        now,
                        traceparent));
            }
        }
    }
}
