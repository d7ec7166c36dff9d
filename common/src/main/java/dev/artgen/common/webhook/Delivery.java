package dev.artgen.common.webhook;

import dev.artgen.common.job.JobState;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Instant;
import java.util.HexFormat;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One webhook message for one receiver, and its whole history. The id is the {@code webhook-id}
 * header: derived from the job's state change and the receiver, so the same event read twice from
 * Kafka makes the same delivery, and every retry carries the same id.
 *
 * @param endpointId the registered endpoint, or null for the job's own webhook
 * @param url where it was addressed when it was created (an endpoint's URL may change later)
 * @param payload the exact body, fixed when the event happened
 * @param failuresInRow failed attempts since the last manual redelivery; drives the backoff
 * @param nextAttemptAt when it is due; while a worker holds it, when that worker's claim runs out
 * @param fence moves on with every claim, so a worker that lost its claim cannot record a result
 * @param traceparent the W3C trace context of the job event it came from, so the call to the
 *     receiver continues the job's trace; null when none was active
 */
@Document("webhook_deliveries")
public record Delivery(
        @Id String id,
        String owner,
        String jobId,
        String endpointId,
        String url,
        String type,
        String payload,
        Instant eventAt,
        DeliveryState state,
        int attempts,
        int failuresInRow,
        List<DeliveryAttempt> log,
        Instant nextAttemptAt,
        String claimedBy,
        long fence,
        String lastError,
        Instant createdAt,
        Instant updatedAt,
        Instant deliveredAt,
        String traceparent) {

    public Delivery {
        log = log == null ? List.of() : List.copyOf(log);
    }

    public static Delivery pending(
            String owner,
            String jobId,
            String endpointId,
            String url,
            JobState state,
            Instant changedAt,
            String payload,
            Instant now,
            String traceparent) {
        String type = "job." + state.wireName();
        return new Delivery(
                idFor(jobId, state, changedAt, endpointId),
                owner,
                jobId,
                endpointId,
                url,
                type,
                payload,
                changedAt,
                DeliveryState.PENDING,
                0,
                0,
                List.of(),
                now,
                null,
                0,
                null,
                now,
                now,
                null,
                traceparent);
    }

    /** {@code msg_} and a hash of (job, state, when it changed, receiver): stable for one event and receiver. */
    static String idFor(String jobId, JobState state, Instant changedAt, String endpointId) {
        String identity = jobId + "|" + state.wireName() + "|" + changedAt.toEpochMilli() + "|"
                + (endpointId == null ? "job-webhook" : endpointId);
        try {
            byte[] hash = MessageDigest.getInstance("SHA-256").digest(identity.getBytes(StandardCharsets.UTF_8));
            return "msg_" + HexFormat.of().formatHex(hash, 0, 16);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is part of every JDK", e);
        }
    }

    public boolean forJobWebhook() {
        return endpointId == null;
    }
}
