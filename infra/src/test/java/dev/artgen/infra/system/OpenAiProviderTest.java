package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.infra.openai.Burst;
import dev.artgen.infra.openai.EmulatorSettings;
import dev.artgen.infra.openai.Faults;
import dev.artgen.infra.openai.OpenAiEmulator;
import dev.artgen.infra.openai.RecordedRequest;
import java.awt.Color;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The real worker calling an OpenAI-compatible server through openai-java: what goes on the wire
 * for each offered model, what comes back, and what each failure class does to a job.
 */
class OpenAiProviderTest {

    private static final String KEY = "sk-artgen-test-0123456789abcdef";

    /** The generation body fields OpenAI documents for GPT image models. */
    private static final Set<String> DOCUMENTED_GENERATION_FIELDS = Set.of(
            "model",
            "prompt",
            "n",
            "size",
            "quality",
            "background",
            "output_format",
            "output_compression",
            "moderation",
            "user",
            "partial_images",
            "stream",
            "style",
            "response_format");

    private static OpenAiEmulator emulator;
    private static ArtGenSystem system;
    private static JobClient jobs;

    @BeforeAll
    static void start() throws Exception {
        emulator = OpenAiEmulator.start(0, EmulatorSettings.defaults().withApiKey(KEY));
        system = ArtGenSystem.withOpenAi(emulator, KEY, Map.of());
        // A wide breaker window: this class tests failure classes one job at a time, not outages.
        system.startWorker(Map.of(
                "artgen.providers.openai.breaker.window", "100",
                "artgen.providers.openai.breaker.minimum-calls", "100",
                "artgen.providers.openai.timeout", "2s",
                "artgen.worker.max-retry-backoff", "2s"));
        jobs = new JobClient(system.http());
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    @BeforeEach
    void wellBehavedProvider() {
        emulator.reset();
        emulator.clearRequests();
    }

    @Test
    void everyOfferedOpenAiModelMakesPicturesAndReportsTokensAndCost() {
        List<String> models = new ArrayList<>();
        for (JsonNode model : system.http().get("/v1/models").json().get("data")) {
            if (model.get("provider").asString().equals("openai")) {
                models.add(model.get("id").asString());
            }
        }
        assertThat(models).isNotEmpty();

        for (String model : models) {
            String prompt = "a lighthouse for " + model;
            String id = jobs.submit(job(prompt, "model", model, "n", 2, "size", "1024x1024", "quality", "low"))
                    .get("id")
                    .asString();

            JsonNode done = jobs.awaitState(id, "succeeded");

            assertThat(done.get("images")).as(model).hasSize(2);
            assertThat(done.at("/images/0/width").asInt()).isEqualTo(1024);
            assertThat(done.at("/usage/output_tokens").asLong()).as(model).isPositive();
            assertThat(done.at("/usage/cost_usd").decimalValue()).as(model).isPositive();
            byte[] png = system.http().get(done.at("/images/0/url").asString()).body();
            assertThat(png).startsWith(0x89, 'P', 'N', 'G');

            RecordedRequest call = callsFor(prompt).getFirst();
            assertThat(call.path()).isEqualTo("/v1/images/generations");
            assertThat(call.headers().get("authorization").getFirst()).doesNotContain(KEY);
            JsonNode body = call.json();
            assertThat(body.get("model").asString()).isEqualTo(model);
            assertThat(body.get("n").asInt()).isEqualTo(2);
            assertThat(body.get("size").asString()).isEqualTo("1024x1024");
            assertThat(body.get("quality").asString()).isEqualTo("low");
            assertThat(body.has("response_format"))
                    .as("gpt-image models always answer b64_json and take no response_format")
                    .isFalse();
            assertThat(body.propertyNames()).isSubsetOf(DOCUMENTED_GENERATION_FIELDS);
        }
    }

    @Test
    void optionalParametersReachTheWireExactly() {
        String prompt = "a transparent sticker of a fox";
        String id = jobs.submit(job(
                        prompt,
                        "model",
                        "gpt-image-2.5-flare",
                        "background",
                        "transparent",
                        "output_format",
                        "webp",
                        "output_compression",
                        60,
                        "moderation",
                        "low"))
                .get("id")
                .asString();

        jobs.awaitState(id, "succeeded");

        JsonNode body = callsFor(prompt).getFirst().json();
        assertThat(body.get("background").asString()).isEqualTo("transparent");
        assertThat(body.get("output_format").asString()).isEqualTo("webp");
        assertThat(body.get("output_compression").asInt()).isEqualTo(60);
        assertThat(body.get("moderation").asString()).isEqualTo("low");
    }

    @Test
    void aJobSurvivesABurstOfRateLimits() {
        emulator.faults(Faults.none().withBurst(new Burst(2, Duration.ofMillis(300))));
        String prompt = "survives a 429 burst";

        String id = jobs.submit(job(prompt, "model", "gpt-image-2.5-flare"))
                .get("id")
                .asString();

        JsonNode done = jobs.awaitState(id, "succeeded");
        assertThat(done.get("attempts").asInt()).isEqualTo(3);
        assertThat(callsFor(prompt)).extracting(RecordedRequest::status).containsExactly(429, 429, 200);
    }

    @Test
    void noQuotaFailsAtOnceWithoutAnotherPaidCall() {
        emulator.faults(Faults.none().withInsufficientQuotaRate(1.0));
        String prompt = "no quota left";

        JsonNode failed = jobs.awaitState(
                jobs.submit(job(prompt, "model", "gpt-image-2.5-flare"))
                        .get("id")
                        .asString(),
                "failed");

        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(failed.at("/error/code").asString()).isEqualTo("insufficient_quota");
        assertThat(callsFor(prompt)).hasSize(1);
    }

    @Test
    void contentPolicyBlockFailsAtOnceWithAReasonForTheUser() {
        emulator.faults(Faults.none().withModerationRate(1.0));
        String prompt = "something the provider refuses";

        JsonNode failed = jobs.awaitState(
                jobs.submit(job(prompt, "model", "gpt-image-2.5-flare"))
                        .get("id")
                        .asString(),
                "failed");

        assertThat(failed.at("/error/code").asString()).isEqualTo("content_policy");
        assertThat(failed.at("/error/message").asString()).contains("content policy");
        assertThat(callsFor(prompt)).hasSize(1);
    }

    @Test
    void serverErrorsAreRetriedUpToTheAttemptBudget() {
        emulator.faults(Faults.none().withServerErrorRate(1.0));
        String prompt = "provider keeps failing";

        JsonNode failed = jobs.awaitState(
                jobs.submit(job(prompt, "model", "gpt-image-2.5-flare"))
                        .get("id")
                        .asString(),
                "failed");

        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(failed.at("/error/code").asString()).isEqualTo("upstream_error");
        assertThat(callsFor(prompt)).hasSize(3);
    }

    @Test
    void aTimedOutCallIsRetriedWithinTheAttemptBudget() {
        emulator.faults(Faults.none().withTimeouts(1.0, Duration.ofSeconds(5)));
        String prompt = "first call hangs";
        String id = jobs.submit(job(prompt, "model", "gpt-image-2.5-flare"))
                .get("id")
                .asString();
        org.awaitility.Awaitility.await()
                .atMost(Duration.ofSeconds(20))
                .until(() -> !callsFor(prompt).isEmpty());

        emulator.reset();

        JsonNode done = jobs.awaitState(id, "succeeded");
        assertThat(done.get("attempts").asInt()).isGreaterThanOrEqualTo(2);
    }

    @Test
    void everyModelThatEditsSendsEveryInputPictureAndTheMaskAsFiles() {
        String first = upload(TestImages.png(512, 512, Color.ORANGE));
        String second = upload(TestImages.png(512, 512, Color.BLUE));
        String mask = upload(TestImages.mask(512, 512));
        List<String> editors = new ArrayList<>();
        for (JsonNode model : system.http().get("/v1/models").json().get("data")) {
            boolean edits = false;
            for (JsonNode operation : model.get("operations")) {
                edits |= operation.asString().equals("edit");
            }
            if (model.get("provider").asString().equals("openai") && edits) {
                editors.add(model.get("id").asString());
            }
        }
        assertThat(editors).isNotEmpty();

        for (String model : editors) {
            String prompt = "add a red balloon, by " + model;
            var body = job(prompt, "model", model, "size", "1024x1024", "quality", "low");
            body.put("operation", "edit");
            body.put("images", List.of(first, second));
            body.put("mask", mask);
            JsonNode done = jobs.awaitState(jobs.submit(body).get("id").asString(), "succeeded");

            assertThat(done.at("/request/operation").asString()).isEqualTo("edit");
            assertThat(done.get("images")).as(model).hasSize(1);
            assertThat(done.at("/usage/cost_usd").decimalValue()).as(model).isPositive();
            RecordedRequest call = emulator.requests().stream()
                    .filter(r -> r.path().equals("/v1/images/edits"))
                    .filter(r -> r.parts().stream().anyMatch(p -> prompt.equals(p.value())))
                    .findFirst()
                    .orElseThrow();
            assertThat(call.contentType()).startsWith("multipart/form-data");
            assertThat(call.parts().stream()
                            .filter(RecordedRequest.RecordedPart::isFile)
                            .map(RecordedRequest.RecordedPart::name))
                    .as(model)
                    .containsExactlyInAnyOrder("image[]", "image[]", "mask");
            assertThat(call.parts().stream()
                            .filter(p -> p.name().equals("model"))
                            .map(RecordedRequest.RecordedPart::value))
                    .containsExactly(model);
            assertThat(call.parts().stream()
                            .filter(p -> p.name().equals("mask"))
                            .findFirst()
                            .orElseThrow()
                            .contentType())
                    .isEqualTo("image/png");
        }
    }

    @Test
    void anEditWhoseMaskDoesNotFitItsPictureIsRefusedBeforeAnyCall() {
        String picture = upload(TestImages.png(512, 512, Color.GREEN));
        String mask = upload(TestImages.mask(256, 256));
        int callsBefore = emulator.requests().size();

        var body = job("fill the middle", "model", "gpt-image-2.5-flare");
        body.put("operation", "edit");
        body.put("images", List.of(picture));
        body.put("mask", mask);
        Http.Response response =
                system.http().postJson("/v1/jobs", system.http().json(body));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("errors").findValuesAsString("field")).containsExactly("mask");
        assertThat(emulator.requests()).hasSize(callsBefore);
    }

    private static String upload(byte[] png) {
        Http.Response response = system.http().postMultipart("/v1/uploads", "file", "input.png", "image/png", png);
        assertThat(response.status()).as(response.text()).isEqualTo(201);
        return response.json().get("id").asString();
    }

    private static List<RecordedRequest> callsFor(String prompt) {
        return emulator.requests().stream()
                .filter(r -> r.json() != null
                        && r.json().has("prompt")
                        && r.json().get("prompt").asString().equals(prompt))
                .toList();
    }
}
