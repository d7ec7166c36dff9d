package dev.artgen.worker.webhook;

import dev.artgen.common.webhook.Deliveries;
import dev.artgen.common.webhook.Delivery;
import dev.artgen.common.webhook.DeliveryAttempt;
import dev.artgen.common.webhook.WebhookEndpoint;
import dev.artgen.common.webhook.WebhookEndpoints;
import dev.artgen.common.webhook.WebhookProperties;
import dev.artgen.common.webhook.WebhookRules;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;

/**
 * Makes one attempt at one claimed delivery and records what came of it: delivered, tried again
 * later, or given up; and disables an endpoint that answered 410 Gone or has failed for too long.
 */
class DeliveryCourier {

    private static final Logger log = LoggerFactory.getLogger(DeliveryCourier.class);

    /** Where a delivery goes and the secrets that sign it, looked up at send time (rotation applies at once). */
    private record Target(String url, List<String> secrets) {}

    private final Deliveries deliveries;
    private final WebhookEndpoints endpoints;
    private final WebhookRules rules;
    private final WebhookClient client;
    private final RetrySchedule schedule;
    private final WebhookProperties properties;
    private final Clock clock;
    private final WebhookTracing tracing;
    private final MeterRegistry registry;

    DeliveryCourier(
            Deliveries deliveries,
            WebhookEndpoints endpoints,
            WebhookRules rules,
            WebhookClient client,
            RetrySchedule schedule,
            WebhookProperties properties,
            Clock clock,
            WebhookTracing tracing,
            MeterRegistry registry) {
        this.deliveries = deliveries;
        this.endpoints = endpoints;
        this.rules = rules;
        this.client = client;
        this.schedule = schedule;
        this.properties = properties;
        this.clock = clock;
        this.tracing = tracing;
        this.registry = registry;
    }

    void deliver(Delivery claimed) {
        try (var jobInLog = MDC.putCloseable("job_id", claimed.jobId());
                var userInLog = MDC.putCloseable("user_id", claimed.owner())) {
            deliverNow(claimed);
        }
    }

    private void deliverNow(Delivery claimed) {
        Instant now = clock.instant();
        Optional<WebhookEndpoint> endpoint =
                claimed.forJobWebhook() ? Optional.empty() : endpoints.find(claimed.endpointId());
        if (!claimed.forJobWebhook() && endpoint.map(e -> !e.enabled()).orElse(true)) {
            count("abandoned");
            deliveries.abandoned(
                    claimed,
                    endpoint.map(e -> "The endpoint was disabled: " + e.disabledReason())
                            .orElse("The endpoint was deleted."),
                    now);
            return;
        }
        Target target = endpoint.map(e -> new Target(e.url(), e.secrets().activeAt(now)))
                .orElseGet(() -> new Target(
                        claimed.url(),
                        endpoints.jobKey(claimed.owner(), now).secrets().activeAt(now)));
        Map<String, String> headers = new LinkedHashMap<>();
        CallResult result = tracing.inSpan(claimed.traceparent(), headers, () -> send(claimed, target, headers, now));
        if (Thread.currentThread().isInterrupted()) {
            // The worker is stopping: record nothing; the claim runs out and another worker retries.
            return;
        }
        record(claimed, endpoint, result, now);
    }

    private CallResult send(Delivery claimed, Target target, Map<String, String> headers, Instant now) {
        // The rules again, not only at submission: settings may have tightened since.
        Optional<String> broken = rules.check("url", target.url()).map(p -> "The URL " + p.message());
        if (broken.isPresent()) {
            return new CallResult.NoAnswer("address_refused", broken.get(), 0);
        }
        long timestamp = now.getEpochSecond();
        headers.put("webhook-id", claimed.id());
        headers.put("webhook-timestamp", Long.toString(timestamp));
        headers.put(
                "webhook-signature", Signature.header(claimed.id(), timestamp, claimed.payload(), target.secrets()));
        headers.put("User-Agent", "ArtGen-Webhooks/1");
        return client.post(target.url(), headers, claimed.payload());
    }

    private void record(Delivery claimed, Optional<WebhookEndpoint> endpoint, CallResult result, Instant started) {
        Instant now = clock.instant();
        DeliveryAttempt attempt = attempt(claimed, result, started);
        if (result instanceof CallResult.Answered answered && answered.delivered()) {
            count("delivered");
            deliveries.delivered(claimed, attempt, now);
            endpoint.ifPresent(e -> endpoints.markHealthy(e.id()));
            return;
        }
        if (result instanceof CallResult.Answered answered && answered.status() == 410) {
            count("gave_up");
            deliveries.gaveUp(claimed, attempt, "The receiver answered 410 Gone: no more attempts.", now);
            endpoint.ifPresent(e -> disable(e, "The endpoint answered 410 Gone at " + now + ".", now));
            return;
        }
        int failures = claimed.failuresInRow() + 1;
        Duration retryAfter = result instanceof CallResult.Answered answered ? answered.retryAfter() : null;
        Optional<Duration> wait = schedule.next(failures, retryAfter);
        if (wait.isPresent()) {
            count("retrying");
            deliveries.retryAt(claimed, attempt, now.plus(wait.get()), now);
        } else {
            count("gave_up");
            deliveries.gaveUp(
                    claimed, attempt, "Gave up after " + failures + " failed attempts; last: " + attempt.detail(), now);
        }
        endpoint.flatMap(e -> endpoints.markFailing(e.id(), now))
                .filter(e -> e.enabled() && e.failingSince() != null)
                .filter(e -> !now.isBefore(e.failingSince().plus(properties.disableAfter())))
                .ifPresent(e -> disable(
                        e,
                        "Every attempt has failed since " + e.failingSince() + " (last: " + attempt.detail() + ").",
                        now));
    }

    /** Attempts by what came of them: delivered, retrying (failed, will retry), gave_up, abandoned. */
    private void count(String outcome) {
        Counter.builder("artgen.webhook.deliveries")
                .description("Webhook delivery attempts by outcome")
                .tag("outcome", outcome)
                .register(registry)
                .increment();
    }

    private void disable(WebhookEndpoint endpoint, String reason, Instant now) {
        endpoints.disable(endpoint.id(), reason, now).ifPresent(disabled -> {
            log.info("Disabled webhook endpoint {} of {}: {}", disabled.id(), disabled.owner(), reason);
            deliveries.abandonPending(disabled.id(), "The endpoint was disabled: " + reason, now);
        });
    }

    private static DeliveryAttempt attempt(Delivery claimed, CallResult result, Instant at) {
        int number = claimed.attempts() + 1;
        return switch (result) {
            case CallResult.Answered a
            when a.delivered() -> new DeliveryAttempt(number, at, a.status(), a.latencyMs(), "delivered", a.excerpt());
            case CallResult.Answered a
            when a.status() == 410 ->
                new DeliveryAttempt(number, at, a.status(), a.latencyMs(), "gone", "HTTP 410 Gone");
            case CallResult.Answered a
            when a.status() >= 300 && a.status() < 400 ->
                new DeliveryAttempt(
                        number,
                        at,
                        a.status(),
                        a.latencyMs(),
                        "redirect",
                        "HTTP " + a.status() + ": redirects are not followed; register the final URL");
            case CallResult.Answered a ->
                new DeliveryAttempt(
                        number,
                        at,
                        a.status(),
                        a.latencyMs(),
                        "http_error",
                        "HTTP " + a.status() + (a.excerpt().isEmpty() ? "" : ": " + a.excerpt()));
            case CallResult.NoAnswer n -> new DeliveryAttempt(number, at, null, n.latencyMs(), n.kind(), n.reason());
        };
    }
}
