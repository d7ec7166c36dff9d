package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.LinkedHashMap;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/** Submits and polls jobs over HTTP, as a user's program would. */
final class JobClient {

    private final Http http;

    JobClient(Http http) {
        this.http = http;
    }

    static Map<String, Object> job(String prompt, Object... more) {
        Map<String, Object> body = new LinkedHashMap<>();
        body.put("model", "artgen-local");
        body.put("prompt", prompt);
        for (int i = 0; i < more.length; i += 2) {
            body.put((String) more[i], more[i + 1]);
        }
        return body;
    }

    /** Submits and insists on 202 Accepted; returns the job as answered. */
    JsonNode submit(Map<String, Object> body) {
        Http.Response response = http.postJson("/v1/jobs", http.json(body));
        assertThat(response.status()).as(response.text()).isEqualTo(202);
        return response.json();
    }

    JsonNode get(String id) {
        Http.Response response = http.get("/v1/jobs/" + id);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    /** Polls until the job reaches {@code state}; fails fast if it ends in another terminal state. */
    JsonNode awaitState(String id, String state) {
        return await().atMost(Duration.ofSeconds(60))
                .pollInterval(Duration.ofMillis(100))
                .until(() -> get(id), job -> {
                    String now = job.get("state").asString();
                    if (!now.equals(state)
                            && (now.equals("succeeded") || now.equals("failed") || now.equals("canceled"))) {
                        throw new AssertionError("job " + id + " ended " + now + " instead of " + state + ": " + job);
                    }
                    return now.equals(state);
                });
    }
}
