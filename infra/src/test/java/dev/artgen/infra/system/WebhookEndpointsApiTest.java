package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The endpoint resource's life through the API, and its problems; no receiver needed. */
class WebhookEndpointsApiTest {

    private final ArtGenSystem system = SharedSystem.get();
    private final Http http = system.http();

    @Test
    void registersShowsChangesDisablesAndDeletesAnEndpoint() {
        Http.Response created = http.postJson(
                "/v1/webhooks",
                http.json(Map.of("url", "https://example.com/hook", "events", List.of("job.completed"))));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        String id = created.json().get("id").asString();
        assertThat(created.header("Location")).isEqualTo("/v1/webhooks/" + id);
        assertThat(created.json().get("events").valueStream().map(JsonNode::asString))
                .containsExactly("job.succeeded", "job.failed", "job.canceled");

        JsonNode shown = http.get("/v1/webhooks/" + id).json();
        assertThat(shown.has("secret")).isFalse();
        assertThat(http.get("/v1/webhooks")
                        .json()
                        .get("data")
                        .valueStream()
                        .map(e -> e.get("id").asString()))
                .contains(id);

        JsonNode disabled = patch(id, Map.of("enabled", false)).json();
        assertThat(disabled.get("enabled").asBoolean()).isFalse();
        assertThat(disabled.get("disabled_reason").asString()).isEqualTo("Disabled by you.");
        JsonNode enabled =
                patch(id, Map.of("enabled", true, "description", "back")).json();
        assertThat(enabled.get("enabled").asBoolean()).isTrue();
        assertThat(enabled.has("disabled_reason")).isFalse();
        assertThat(enabled.get("description").asString()).isEqualTo("back");

        assertThat(http.delete("/v1/webhooks/" + id).status()).isEqualTo(204);
        Http.Response gone = http.get("/v1/webhooks/" + id);
        assertThat(gone.status()).isEqualTo(404);
        assertThat(gone.json().get("type").asString()).isEqualTo("https://artgen.dev/problems/not-found");
    }

    @Test
    void namesTheFieldOfABadChange() {
        String id = http.postJson("/v1/webhooks", http.json(Map.of("url", "https://example.com/other")))
                .json()
                .get("id")
                .asString();

        Http.Response unknown = patch(id, Map.of("colour", "red"));
        Http.Response badUrl = patch(id, Map.of("url", "http://10.0.0.1/"));
        Http.Response badEvent = patch(id, Map.of("events", List.of("job.exploded")));

        assertThat(unknown.status()).isEqualTo(400);
        assertThat(unknown.json().at("/errors/0/field").asString()).isEqualTo("colour");
        assertThat(badUrl.status()).isEqualTo(400);
        assertThat(badUrl.json().at("/errors/0/field").asString()).isEqualTo("url");
        assertThat(badEvent.json().at("/errors/0/field").asString()).isEqualTo("events[0]");
        assertThat(http.get("/v1/webhooks/" + id).json().get("url").asString()).isEqualTo("https://example.com/other");
        http.delete("/v1/webhooks/" + id);
    }

    @Test
    void unknownDeliveriesAndJobsAnswerNotFound() {
        assertThat(http.get("/v1/webhook-deliveries/msg_nope").status()).isEqualTo(404);
        assertThat(http.post("/v1/webhook-deliveries/msg_nope/redeliver", "application/json", "")
                        .status())
                .isEqualTo(404);
        assertThat(http.get("/v1/jobs/job_000000000000000000000000/deliveries").status())
                .isEqualTo(404);
    }

    @Test
    void theJobSecretIsStableUntilRotated() {
        String first = http.get("/v1/webhooks/job-secret").json().get("secret").asString();
        assertThat(http.get("/v1/webhooks/job-secret").json().get("secret").asString())
                .isEqualTo(first);

        JsonNode rotated = http.post("/v1/webhooks/job-secret/rotate", "application/json", "")
                .json();

        assertThat(rotated.get("secret").asString()).startsWith("whsec_").isNotEqualTo(first);
        assertThat(rotated.get("previous_secret_valid_until").isNull()).isFalse();
    }

    @Test
    void theOpenApiDescriptionListsTheNewEndpoints() {
        Http.Response docs = http.get("/v3/api-docs");

        assertThat(docs.status()).isEqualTo(200);
        assertThat(docs.json().get("paths").propertyNames())
                .contains(
                        "/v1/webhooks",
                        "/v1/webhooks/{id}",
                        "/v1/webhooks/{id}/deliveries",
                        "/v1/jobs/{id}/deliveries",
                        "/v1/webhook-deliveries/{id}/redeliver",
                        "/v1/events/stream");
    }

    private Http.Response patch(String id, Map<String, Object> body) {
        return http.patchJson("/v1/webhooks/" + id, http.json(body));
    }
}
