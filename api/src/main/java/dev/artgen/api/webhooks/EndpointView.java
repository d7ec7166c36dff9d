package dev.artgen.api.webhooks;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.artgen.common.job.JobWebhook;
import dev.artgen.common.webhook.WebhookEndpoint;
import java.time.Instant;
import java.util.List;

/**
 * A webhook endpoint as the API shows it. The secret appears only in the answers to creating the
 * endpoint and rotating its secret; {@code previous_secret_valid_until} says how long the old one
 * still signs beside it.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record EndpointView(
        String id,
        String url,
        List<String> events,
        String description,
        boolean enabled,
        String disabledReason,
        Instant disabledAt,
        Instant failingSince,
        String secret,
        Instant previousSecretValidUntil,
        Instant createdAt,
        Instant updatedAt) {

    static EndpointView of(WebhookEndpoint endpoint) {
        return view(endpoint, null);
    }

    static EndpointView withSecret(WebhookEndpoint endpoint) {
        return view(endpoint, endpoint.secrets().current());
    }

    private static EndpointView view(WebhookEndpoint endpoint, String secret) {
        return new EndpointView(
                endpoint.id(),
                endpoint.url(),
                JobWebhook.typeNames(endpoint.states()),
                endpoint.description(),
                endpoint.enabled(),
                endpoint.disabledReason(),
                endpoint.disabledAt(),
                endpoint.failingSince(),
                secret,
                endpoint.secrets().previousUntil(),
                endpoint.createdAt(),
                endpoint.updatedAt());
    }
}
