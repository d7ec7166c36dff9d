package dev.artgen.common.webhook;

import dev.artgen.common.job.JobState;
import java.time.Instant;
import java.util.Collections;
import java.util.EnumSet;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A URL a user registered to hear about all of their jobs.
 *
 * @param states the job state changes it receives
 * @param disabledReason why ArtGen (410 Gone, failing for too long) or the user stopped deliveries
 * @param failingSince the first failed attempt after the last success; cleared by any 2xx
 */
@Document("webhook_endpoints")
public record WebhookEndpoint(
        @Id String id,
        String owner,
        String url,
        Set<JobState> states,
        String description,
        boolean enabled,
        String disabledReason,
        Instant disabledAt,
        Instant failingSince,
        SigningSecrets secrets,
        Instant createdAt,
        Instant updatedAt) {

    public WebhookEndpoint {
        states = states == null || states.isEmpty()
                ? Collections.unmodifiableSet(EnumSet.allOf(JobState.class))
                : Collections.unmodifiableSet(EnumSet.copyOf(states));
    }

    public static WebhookEndpoint create(
            String owner, String url, Set<JobState> states, String description, Instant now) {
        return new WebhookEndpoint(
                "wh_" + new ObjectId().toHexString(),
                owner,
                url,
                states,
                description,
                true,
                null,
                null,
                null,
                SigningSecrets.generate(),
                now,
                now);
    }

    public boolean wants(JobState state) {
        return enabled && states.contains(state);
    }
}
