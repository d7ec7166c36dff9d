package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Per-user request rates: IETF RateLimit headers on every answer, 429 with Retry-After, recovery. */
class RateLimitTest {

    private static ArtGenSystem system;
    private static Http http;

    @BeforeAll
    static void start() throws Exception {
        system = ArtGenSystem.startWithoutWorkers(Map.of(
                "artgen.limits.reads.quota", "4",
                "artgen.limits.reads.window-seconds", "2",
                "artgen.limits.writes.quota", "50",
                "artgen.limits.writes.window-seconds", "60"));
        http = system.http();
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    @Test
    void everyAnswerCarriesTheRateLimitHeaders() {
        Http.Response response = awaitAllowed();

        assertThat(response.header("RateLimit-Policy")).isEqualTo("\"reads\";q=4;w=2");
        assertThat(response.header("RateLimit")).matches("\"reads\";r=[0-3];t=[0-9]+");
    }

    @Test
    void overTheRateIsA429ProblemWithRetryAfterAndRecovers() {
        awaitAllowed();
        Http.Response refused = null;
        for (int i = 0; i < 10 && refused == null; i++) {
            Http.Response response = http.get("/v1/models");
            if (response.status() == 429) {
                refused = response;
            }
        }

        assertThat(refused)
                .as("a 429 within 10 quick reads of a 4-per-2s limit")
                .isNotNull();
        assertThat(refused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(refused.json().get("type").asString()).isEqualTo("https://artgen.dev/problems/rate-limited");
        assertThat(Long.parseLong(refused.header("Retry-After"))).isBetween(1L, 2L);
        assertThat(refused.header("RateLimit")).startsWith("\"reads\";r=0;");
        assertThat(refused.header("RateLimit-Policy")).isEqualTo("\"reads\";q=4;w=2");

        // Writes draw from their own bucket: an invalid job is still answered on its merits (400).
        Http.Response write = http.postJson("/v1/jobs", "{\"model\":\"artgen-local\"}");
        assertThat(write.status()).isEqualTo(400);
        assertThat(write.header("RateLimit-Policy")).isEqualTo("\"writes\";q=50;w=60");

        await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> http.get("/v1/models").status() == 200);
    }

    @Test
    void anAdminSetsAUsersRateAndCanResetIt() {
        Http.Response set = system.admin()
                .putJson(
                        "/v1/admin/users/" + system.user().id() + "/limits",
                        "{\"reads\":{\"quota\":7,\"window_seconds\":30}}");
        assertThat(set.status()).as(set.text()).isEqualTo(200);
        JsonNode limits = set.json().get("limits");
        assertThat(limits.get("reads").get("quota").asInt()).isEqualTo(7);
        assertThat(limits.get("writes").get("quota").asInt())
                .as("unset fields keep the default")
                .isEqualTo(50);

        assertThat(http.get("/v1/limits").header("RateLimit-Policy")).isEqualTo("\"reads\";q=7;w=30");

        assertThat(system.admin()
                        .delete("/v1/admin/users/" + system.user().id() + "/limits")
                        .status())
                .isEqualTo(204);
        assertThat(awaitAllowed().header("RateLimit-Policy")).isEqualTo("\"reads\";q=4;w=2");
    }

    @Test
    void invalidLimitsAreA400NamingTheField() {
        Http.Response response = system.admin()
                .putJson(
                        "/v1/admin/users/" + system.user().id() + "/limits",
                        "{\"reads\":{\"quota\":0,\"window_seconds\":60},\"images_per_day\":-1}");

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field"))
                .containsExactlyInAnyOrder("reads.quota", "images_per_day");
        assertThat(system.admin()
                        .putJson("/v1/admin/users/no%20such%20user/limits", "{}")
                        .status())
                .isEqualTo(400);
    }

    private static Http.Response awaitAllowed() {
        return await().atMost(Duration.ofSeconds(5))
                .pollInterval(Duration.ofMillis(250))
                .until(() -> http.get("/v1/limits"), response -> response.status() == 200);
    }
}
