package dev.artgen.api.webhooks;

import dev.artgen.api.CurrentUser;
import dev.artgen.api.jobs.JobNotFound;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.webhook.Deliveries;
import dev.artgen.common.webhook.Delivery;
import dev.artgen.common.webhook.JobSigningKey;
import dev.artgen.common.webhook.WebhookEndpoint;
import dev.artgen.common.webhook.WebhookEndpoints;
import dev.artgen.common.webhook.WebhookProperties;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/** The delivery log seen from a job and from a single message, manual redelivery, and job-webhook secrets. */
@RestController
class DeliveriesController {

    private final Deliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final Jobs jobs;
    private final WebhookProperties properties;
    private final Clock clock;

    DeliveriesController(
            Deliveries deliveries, WebhookEndpoints endpoints, Jobs jobs, WebhookProperties properties, Clock clock) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.jobs = jobs;
        this.properties = properties;
        this.clock = clock;
    }

    /** The signing secret of a user's single-job webhooks (never shown anywhere else). */
    record JobSecret(String secret, Instant previousSecretValidUntil) {

        static JobSecret of(JobSigningKey key) {
            return new JobSecret(key.secrets().current(), key.secrets().previousUntil());
        }
    }

    @Operation(summary = "A job's webhook deliveries to every receiver, oldest first")
    @GetMapping("/v1/jobs/{id}/deliveries")
    Map<String, List<DeliveryView>> ofJob(@PathVariable String id) {
        Job job = jobs.find(id)
                .filter(found -> CurrentUser.id().equals(found.owner()))
                .orElseThrow(() -> new JobNotFound(id));
        return Map.of(
                "data",
                deliveries.forJob(job.id()).stream().map(DeliveryView::of).toList());
    }

    @Operation(summary = "One webhook delivery with all its attempts")
    @GetMapping("/v1/webhook-deliveries/{id}")
    DeliveryView get(@PathVariable String id) {
        return DeliveryView.of(visible(id));
    }

    @Operation(
            summary = "Send a delivery again",
            description = "Due at once with a fresh retry schedule, with the same webhook-id and body. A delivery "
                    + "being sent right now, or one whose endpoint is disabled, answers 409.")
    @PostMapping("/v1/webhook-deliveries/{id}/redeliver")
    DeliveryView redeliver(@PathVariable String id) {
        Delivery delivery = visible(id);
        if (!delivery.forJobWebhook()) {
            WebhookEndpoint endpoint = endpoints
                    .find(delivery.endpointId())
                    .orElseThrow(() -> new DeliveryNotRedeliverable("its endpoint was deleted"));
            if (!endpoint.enabled()) {
                throw new DeliveryNotRedeliverable("its endpoint is disabled (" + endpoint.disabledReason()
                        + "); enable it first with PATCH /v1/webhooks/" + endpoint.id());
            }
        }
        return deliveries
                .redeliver(delivery.id(), clock.instant())
                .map(DeliveryView::of)
                .orElseThrow(() -> new DeliveryNotRedeliverable("a worker is sending it right now"));
    }

    @Operation(
            summary = "The secret that signs your jobs' own webhooks",
            description = "Webhooks given with a job (its webhook field) are signed with this per-user whsec_ "
                    + "secret; it is made on first use.")
    @GetMapping("/v1/webhooks/job-secret")
    JobSecret jobSecret() {
        return JobSecret.of(endpoints.jobKey(CurrentUser.id(), clock.instant()));
    }

    @Operation(
            summary = "Rotate the secret of your jobs' own webhooks",
            description = "The old secret keeps signing beside the new one until previous_secret_valid_until.")
    @PostMapping("/v1/webhooks/job-secret/rotate")
    JobSecret rotateJobSecret() {
        return JobSecret.of(endpoints.rotateJobKey(CurrentUser.id(), clock.instant(), properties.secretOverlap()));
    }

    private Delivery visible(String id) {
        return deliveries
                .find(id)
                .filter(delivery -> CurrentUser.id().equals(delivery.owner()))
                .orElseThrow(() -> new WebhookNotFound("webhook delivery", id));
    }

    /** The delivery cannot be sent again right now (answered 409). */
    static class DeliveryNotRedeliverable extends IllegalStateException {
        DeliveryNotRedeliverable(String why) {
            super("The delivery cannot be sent again: " + why + ".");
        }
    }
}
