package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.infra.openai.EmulatorSettings;
import dev.artgen.infra.openai.Faults;
import dev.artgen.infra.openai.OpenAiEmulator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** A sustained provider outage trips the circuit breaker: workers stop calling instead of hammering. */
class OpenAiOutageTest {

    private static final String KEY = "sk-artgen-outage-0123456789";

    private static OpenAiEmulator emulator;
    private static ArtGenSystem system;
    private static JobClient jobs;

    @BeforeAll
    static void start() throws Exception {
        emulator = OpenAiEmulator.start(
                0,
                EmulatorSettings.defaults()
                        .withApiKey(KEY)
                        .withFaults(Faults.none().withServerErrorRate(1.0)));
        system = ArtGenSystem.withOpenAi(emulator, KEY, Map.of("artgen.jobs.max-attempts", "2"));
        system.startWorker(Map.of(
                "artgen.providers.openai.breaker.window", "4",
                "artgen.providers.openai.breaker.minimum-calls", "4",
                "artgen.providers.openai.breaker.failure-rate-percent", "50",
                "artgen.providers.openai.breaker.open-for", "60s",
                "artgen.worker.max-retry-backoff", "200ms"));
        jobs = new JobClient(system.http());
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    @Test
    void breakerOpensAfterASustainedOutageAndLaterAttemptsMakeNoCalls() {
        // One job at a time, so the count of calls does not depend on how many raced the breaker.
        List<JsonNode> failed = new ArrayList<>();
        for (int i = 0; i < 4; i++) {
            failed.add(jobs.awaitState(
                    jobs.submit(job("outage " + i, "model", "gpt-image-2.5-flare"))
                            .get("id")
                            .asString(),
                    "failed"));
        }

        int attempts =
                failed.stream().mapToInt(job -> job.get("attempts").asInt()).sum();
        assertThat(attempts).isEqualTo(8);
        assertThat(emulator.requests())
                .as("calls made before the breaker opened")
                .hasSize(4);
        assertThat(failed)
                .extracting(job -> job.at("/error/code").asString())
                .containsExactly("upstream_error", "upstream_error", "provider_unavailable", "provider_unavailable");
    }
}
