package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.artgen.infra.openai.EmulatorSettings;
import dev.artgen.infra.openai.OpenAiEmulator;
import dev.artgen.infra.openai.RecordedRequest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Two workers together stay under one images-per-minute budget, kept in MongoDB. */
class OpenAiRateLimitTest {

    private static final String KEY = "sk-artgen-rate-limit-000000";

    private static OpenAiEmulator emulator;
    private static ArtGenSystem system;
    private static JobClient jobs;

    @BeforeAll
    static void start() throws Exception {
        emulator = OpenAiEmulator.start(0, EmulatorSettings.defaults().withApiKey(KEY));
        system = ArtGenSystem.withOpenAi(emulator, KEY, Map.of());
        // Two pictures per 3 s: after the first two, one more every 1.5 s, whichever worker asks.
        Map<String, Object> limit = Map.of(
                "artgen.providers.openai.rate-limit.images", "2",
                "artgen.providers.openai.rate-limit.per", "3s",
                "artgen.providers.openai.rate-limit.max-wait", "20s");
        system.startWorker(withId(limit, "worker-a"));
        system.startWorker(withId(limit, "worker-b"));
        jobs = new JobClient(system.http());
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    @Test
    void callsFromAllWorkersTogetherStayWithinTheBudget() {
        // Warm both workers' HTTP clients, so arrival times below track when tokens were taken,
        // then let the budget refill to its full two pictures.
        List<String> warmUp = List.of(
                jobs.submit(job("warm-up a", "model", "gpt-image-2.5-flare"))
                        .get("id")
                        .asString(),
                jobs.submit(job("warm-up b", "model", "gpt-image-2.5-flare"))
                        .get("id")
                        .asString());
        warmUp.forEach(id -> jobs.awaitState(id, "succeeded"));
        Instant measuredFrom = Instant.now();
        await().pollDelay(Duration.ofSeconds(3)).until(() -> true);
        List<String> ids = new ArrayList<>();
        for (int i = 0; i < 5; i++) {
            ids.add(jobs.submit(job("rate limited " + i, "model", "gpt-image-2.5-flare"))
                    .get("id")
                    .asString());
        }

        ids.forEach(id -> jobs.awaitState(id, "succeeded"));

        List<Instant> calls = emulator.requests().stream()
                .filter(r -> r.path().equals("/v1/images/generations"))
                .map(RecordedRequest::receivedAt)
                .filter(at -> at.isAfter(measuredFrom))
                .sorted()
                .toList();
        assertThat(calls).hasSize(5);
        for (int i = 0; i + 2 < calls.size(); i++) {
            assertThat(Duration.between(calls.get(i), calls.get(i + 2)))
                    .as("no three calls within one refill period: %s", calls)
                    .isGreaterThan(Duration.ofMillis(1200));
        }
    }

    private static Map<String, Object> withId(Map<String, Object> settings, String id) {
        var copy = new java.util.HashMap<>(settings);
        copy.put("artgen.worker.id", id);
        return copy;
    }
}
