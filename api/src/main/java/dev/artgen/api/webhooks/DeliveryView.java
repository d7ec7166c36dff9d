package dev.artgen.api.webhooks;

import dev.artgen.common.webhook.Delivery;
import dev.artgen.common.webhook.DeliveryAttempt;
import dev.artgen.common.webhook.DeliveryState;
import java.time.Instant;
import java.util.List;

/**
 * One webhook message and every attempt at it: status codes, latency, what went wrong, and when
 * the next try is due. The receivers' answers are never shown back verbatim, only a sanitized start.
 *
 * @param id also the {@code webhook-id} header, the same on every attempt
 * @param nextAttemptAt when it is tried next; null once delivered or given up
 */
record DeliveryView(
        String id,
        String jobId,
        String endpointId,
        String url,
        String type,
        DeliveryState state,
        int attempts,
        List<DeliveryAttempt> log,
        Instant nextAttemptAt,
        String lastError,
        Instant createdAt,
        Instant deliveredAt) {

    static DeliveryView of(Delivery delivery) {
        return new DeliveryView(
                delivery.id(),
                delivery.jobId(),
                delivery.endpointId(),
                delivery.url(),
                delivery.type(),
                delivery.state(),
                delivery.attempts(),
                delivery.log(),
                delivery.state().isFinal() ? null : delivery.nextAttemptAt(),
                delivery.lastError(),
                delivery.createdAt(),
                delivery.deliveredAt());
    }
}
