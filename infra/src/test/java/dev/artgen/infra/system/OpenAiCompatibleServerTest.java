package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.infra.openai.EmulatorSettings;
import dev.artgen.infra.openai.OpenAiEmulator;
import dev.artgen.infra.openai.RecordedRequest;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * An OpenAI-compatible server that still serves the retired DALL·E models: offered on request, and a
 * job for more pictures than the model makes per call still gets all of them in one job.
 */
class OpenAiCompatibleServerTest {

    private static final String KEY = "sk-artgen-compatible-000000";

    private static OpenAiEmulator emulator;
    private static ArtGenSystem system;
    private static JobClient jobs;

    @BeforeAll
    static void start() throws Exception {
        emulator = OpenAiEmulator.start(0, EmulatorSettings.defaults().withApiKey(KEY));
        system = ArtGenSystem.withOpenAi(emulator, KEY, Map.of("artgen.providers.openai.offer-retired-models", "true"));
        system.startWorker(Map.of());
        jobs = new JobClient(system.http());
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    @Test
    void dallE3MakesOnePicturePerCallSoTheWorkerCallsNTimes() {
        String prompt = "three lighthouses, one at a time";
        String id = jobs.submit(job(
                        prompt, "model", "dall-e-3", "n", 3, "size", "1792x1024", "quality", "hd", "style", "natural"))
                .get("id")
                .asString();

        JsonNode done = jobs.awaitState(id, "succeeded");

        assertThat(done.get("images")).hasSize(3);
        assertThat(done.at("/images/0/width").asInt()).isEqualTo(1792);
        List<RecordedRequest> calls = emulator.requests().stream()
                .filter(r ->
                        r.json() != null && prompt.equals(r.json().get("prompt").asString()))
                .toList();
        assertThat(calls).hasSize(3);
        for (RecordedRequest call : calls) {
            assertThat(call.json().get("n").asInt()).isEqualTo(1);
            assertThat(call.json().get("quality").asString()).isEqualTo("hd");
            assertThat(call.json().get("style").asString()).isEqualTo("natural");
            assertThat(call.json().get("response_format").asString()).isEqualTo("b64_json");
            assertThat(call.json().has("output_format"))
                    .as("DALL·E takes no output_format")
                    .isFalse();
            assertThat(call.json().has("background")).isFalse();
        }
    }

    @Test
    void moreLikeThisMakesVariationsOfAPictureFromTheGallery() {
        String original = jobs.awaitState(
                        jobs.submit(job("a small square lighthouse", "model", "dall-e-2", "size", "256x256"))
                                .get("id")
                                .asString(),
                        "succeeded")
                .at("/images/0/id")
                .asString();

        var body = job(null, "model", "dall-e-2", "n", 2, "size", "256x256");
        body.remove("prompt");
        body.put("operation", "variation");
        body.put("images", List.of(original));
        JsonNode done = jobs.awaitState(jobs.submit(body).get("id").asString(), "succeeded");

        assertThat(done.get("images")).hasSize(2);
        assertThat(done.at("/request/images/0/id").asString()).isEqualTo(original);
        assertThat(done.at("/request/images/0").has("key"))
                .as("storage keys stay internal")
                .isFalse();
        RecordedRequest call = emulator.requests().stream()
                .filter(r -> r.path().equals("/v1/images/variations"))
                .reduce((a, b) -> b)
                .orElseThrow();
        assertThat(call.parts().stream()
                        .filter(RecordedRequest.RecordedPart::isFile)
                        .map(RecordedRequest.RecordedPart::name))
                .containsExactly("image");
        assertThat(call.parts().stream().filter(p -> p.name().equals("n")).map(RecordedRequest.RecordedPart::value))
                .containsExactly("2");
    }

    @Test
    void variationsOfAPictureTheModelCannotTakeAreRefused() {
        String wide = jobs.awaitState(
                        jobs.submit(job("a wide sea", "model", "gpt-image-2.5-flare", "size", "1536x1024"))
                                .get("id")
                                .asString(),
                        "succeeded")
                .at("/images/0/id")
                .asString();

        var body = job(null, "model", "dall-e-2", "size", "256x256");
        body.remove("prompt");
        body.put("operation", "variation");
        body.put("images", List.of(wide));
        Http.Response response =
                system.http().postJson("/v1/jobs", system.http().json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("images[0]");
    }

    @Test
    void retiredModelsAreOfferedOnlyWhenAsked() {
        List<String> offered =
                system.http().get("/v1/models").json().get("data").findValuesAsString("id");

        assertThat(offered).contains("dall-e-3", "dall-e-2", "gpt-image-2.5-flare", "artgen-local");
    }

    @Test
    void aParameterTheModelDoesNotTakeIsRefusedBeforeAnythingIsCalled() {
        int before = emulator.requests().size();

        Http.Response response = system.http()
                .postJson(
                        "/v1/jobs", system.http().json(job("a fox", "model", "dall-e-3", "background", "transparent")));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("background");
        assertThat(emulator.requests()).hasSize(before);
    }
}
