package dev.artgen.api.webhooks;

import dev.artgen.api.CurrentUser;
import dev.artgen.api.jobs.InvalidRequest;
import dev.artgen.common.job.JobState;
import dev.artgen.common.model.RequestCheck.FieldProblem;
import dev.artgen.common.webhook.Deliveries;
import dev.artgen.common.webhook.WebhookEndpoint;
import dev.artgen.common.webhook.WebhookEndpoints;
import dev.artgen.common.webhook.WebhookProperties;
import dev.artgen.common.webhook.WebhookRules;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Webhook endpoints a user registers to hear about all of their jobs, and their delivery logs. */
@RestController
@RequestMapping("/v1/webhooks")
class WebhooksController {

    private static final int MAX_ENDPOINTS = 20;
    private static final int MAX_DESCRIPTION = 500;
    private static final int MAX_PAGE = 100;

    private final WebhookEndpoints endpoints;
    private final Deliveries deliveries;
    private final WebhookRules rules;
    private final WebhookProperties properties;
    private final Clock clock;

    WebhooksController(
            WebhookEndpoints endpoints,
            Deliveries deliveries,
            WebhookRules rules,
            WebhookProperties properties,
            Clock clock) {
        this.endpoints = endpoints;
        this.deliveries = deliveries;
        this.rules = rules;
        this.properties = properties;
        this.clock = clock;
    }

    @Operation(
            summary = "Register a webhook endpoint",
            description = "Receives the chosen events of all your jobs, signed per Standard Webhooks. The answer "
                    + "is the only time the whsec_ secret is shown (besides rotating it).")
    @PostMapping
    ResponseEntity<EndpointView> create(@RequestBody EndpointRequest request) {
        List<FieldProblem> problems = new ArrayList<>();
        rules.check("url", request.url()).ifPresent(problems::add);
        Set<JobState> states = rules.states("events", request.events(), problems);
        description(request.description(), problems);
        if (request.enabled() != null) {
            problems.add(new FieldProblem("enabled", "is for changing an endpoint; a new one starts enabled"));
        }
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        String owner = CurrentUser.id();
        if (endpoints.ofOwner(owner).size() >= MAX_ENDPOINTS) {
            throw new InvalidRequest("url", "cannot be added: you have " + MAX_ENDPOINTS + " endpoints already");
        }
        WebhookEndpoint endpoint = endpoints.insert(
                WebhookEndpoint.create(owner, request.url(), states, request.description(), clock.instant()));
        return ResponseEntity.status(HttpStatus.CREATED)
                .location(URI.create("/v1/webhooks/" + endpoint.id()))
                .body(EndpointView.withSecret(endpoint));
    }

    @Operation(summary = "List your webhook endpoints")
    @GetMapping
    Map<String, List<EndpointView>> list() {
        return Map.of(
                "data",
                endpoints.ofOwner(CurrentUser.id()).stream()
                        .map(EndpointView::of)
                        .toList());
    }

    @Operation(summary = "Get a webhook endpoint, with why it is disabled if it is")
    @GetMapping("/{id}")
    EndpointView get(@PathVariable String id) {
        return EndpointView.of(visible(id));
    }

    @Operation(
            summary = "Change a webhook endpoint",
            description = "Send only what changes. enabled=false stops deliveries; enabled=true resumes them and "
                    + "clears the reason it was disabled (undelivered messages can then be redelivered).")
    @PatchMapping("/{id}")
    EndpointView change(@PathVariable String id, @RequestBody EndpointRequest request) {
        WebhookEndpoint endpoint = visible(id);
        List<FieldProblem> problems = new ArrayList<>();
        if (request.url() != null) {
            rules.check("url", request.url()).ifPresent(problems::add);
        }
        Set<JobState> states = rules.states("events", request.events(), problems);
        description(request.description(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        Instant now = clock.instant();
        boolean enabled = request.enabled() == null ? endpoint.enabled() : request.enabled();
        boolean switched = enabled != endpoint.enabled();
        WebhookEndpoint changed = new WebhookEndpoint(
                endpoint.id(),
                endpoint.owner(),
                request.url() == null ? endpoint.url() : request.url(),
                request.events() == null ? endpoint.states() : states,
                request.description() == null ? endpoint.description() : request.description(),
                enabled,
                enabled ? null : switched ? "Disabled by you." : endpoint.disabledReason(),
                enabled ? null : switched ? now : endpoint.disabledAt(),
                enabled && switched ? null : endpoint.failingSince(),
                endpoint.secrets(),
                endpoint.createdAt(),
                now);
        WebhookEndpoint saved = endpoints.save(changed);
        if (switched && !enabled) {
            deliveries.abandonPending(endpoint.id(), "The endpoint was disabled: Disabled by you.", now);
        }
        return EndpointView.of(saved);
    }

    @Operation(summary = "Delete a webhook endpoint; its delivery log stays with your jobs")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> delete(@PathVariable String id) {
        WebhookEndpoint endpoint = visible(id);
        endpoints.delete(endpoint.id());
        deliveries.abandonPending(endpoint.id(), "The endpoint was deleted.", clock.instant());
        return ResponseEntity.noContent().build();
    }

    @Operation(
            summary = "Rotate an endpoint's signing secret",
            description = "Answers the new secret. Until previous_secret_valid_until (artgen.webhooks.secret-overlap "
                    + "from now) every delivery carries signatures with both the new and the old secret.")
    @PostMapping("/{id}/rotate-secret")
    EndpointView rotate(@PathVariable String id) {
        WebhookEndpoint endpoint = visible(id);
        Instant now = clock.instant();
        WebhookEndpoint rotated = endpoints.save(new WebhookEndpoint(
                endpoint.id(),
                endpoint.owner(),
                endpoint.url(),
                endpoint.states(),
                endpoint.description(),
                endpoint.enabled(),
                endpoint.disabledReason(),
                endpoint.disabledAt(),
                endpoint.failingSince(),
                endpoint.secrets().rotate(now, properties.secretOverlap()),
                endpoint.createdAt(),
                now));
        return EndpointView.withSecret(rotated);
    }

    @Operation(summary = "An endpoint's deliveries, newest first: attempts, status codes, latency, next retry")
    @GetMapping("/{id}/deliveries")
    Map<String, List<DeliveryView>> deliveries(@PathVariable String id, @RequestParam(defaultValue = "50") int limit) {
        if (limit < 1 || limit > MAX_PAGE) {
            throw new InvalidRequest("limit", "must be between 1 and " + MAX_PAGE);
        }
        WebhookEndpoint endpoint = visible(id);
        return Map.of(
                "data",
                deliveries.forEndpoint(endpoint.id(), limit).stream()
                        .map(DeliveryView::of)
                        .toList());
    }

    private WebhookEndpoint visible(String id) {
        return endpoints
                .find(id)
                .filter(endpoint -> CurrentUser.id().equals(endpoint.owner()))
                .orElseThrow(() -> new WebhookNotFound("webhook endpoint", id));
    }

    private static void description(String description, List<FieldProblem> problems) {
        if (description != null && description.length() > MAX_DESCRIPTION) {
            problems.add(new FieldProblem("description", "must be at most " + MAX_DESCRIPTION + " characters"));
        }
    }
}
