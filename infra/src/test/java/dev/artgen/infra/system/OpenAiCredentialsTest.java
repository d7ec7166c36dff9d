package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.infra.openai.EmulatorSettings;
import dev.artgen.infra.openai.OpenAiEmulator;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import tools.jackson.databind.JsonNode;

/** A wrong API key fails jobs at once, and the key shows up nowhere: not in jobs, events or logs. */
@ExtendWith(OutputCaptureExtension.class)
class OpenAiCredentialsTest {

    private static final String WRONG_KEY = "sk-artgen-wrong-key-9f8e7d6c5b4a";

    private static OpenAiEmulator emulator;
    private static ArtGenSystem system;
    private static JobClient jobs;

    @BeforeAll
    static void start() throws Exception {
        emulator = OpenAiEmulator.start(0, EmulatorSettings.defaults().withApiKey("sk-artgen-the-right-key-000000"));
        system = ArtGenSystem.withOpenAi(emulator, WRONG_KEY, Map.of());
        system.startWorker(Map.of());
        jobs = new JobClient(system.http());
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    @Test
    void wrongKeyFailsTheJobAtOnceWithoutRevealingTheKey(CapturedOutput output) {
        String id = jobs.submit(job("needs a valid key", "model", "gpt-image-2.5-flare"))
                .get("id")
                .asString();

        JsonNode failed = jobs.awaitState(id, "failed");

        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.at("/error/code").asString()).isEqualTo("provider_auth");
        assertThat(emulator.requests()).hasSize(1);
        assertThat(failed.toString()).doesNotContain(WRONG_KEY).doesNotContain("9f8e7d6c5b4a");
        assertThat(system.http().get("/v1/jobs").text()).doesNotContain("9f8e7d6c5b4a");
        assertThat(output.getAll()).doesNotContain(WRONG_KEY).doesNotContain("9f8e7d6c5b4a");
    }
}
