package dev.artgen.infra.openai;

import static dev.artgen.infra.openai.EmulatorClient.FormPart.file;
import static dev.artgen.infra.openai.EmulatorClient.FormPart.text;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.artgen.infra.openai.EmulatorClient.Answer;
import dev.artgen.infra.openai.RecordedRequest.RecordedPart;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Drives the emulator over real HTTP, the way an OpenAI client does, and checks it answers as OpenAI does. */
class OpenAiEmulatorTest {

    private static final String KEY = "sk-test-emulator-0123456789abcdef";

    private OpenAiEmulator emulator;
    private EmulatorClient client;

    @BeforeEach
    void start() {
        emulator = OpenAiEmulator.start(0, EmulatorSettings.defaults().withSeed(7));
        client = new EmulatorClient(emulator, KEY);
    }

    @AfterEach
    void stop() {
        emulator.close();
    }

    @Test
    void gptImageGenerationAnswersBase64PicturesWithUsageAndEchoedSettings() throws Exception {
        String prompt = "a lighthouse at dusk, watercolor";
        Answer answer = client.postJson("/v1/images/generations", """
                {"model":"gpt-image-1","prompt":"%s","n":2,"size":"1024x1536","quality":"low",
                 "output_format":"jpeg","output_compression":80,"moderation":"low","user":"u-1"}
                """.formatted(prompt));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("created").asLong())
                .isCloseTo(System.currentTimeMillis() / 1000, org.assertj.core.data.Offset.offset(60L));
        assertThat(body.get("background").asString()).isEqualTo("opaque");
        assertThat(body.get("output_format").asString()).isEqualTo("jpeg");
        assertThat(body.get("quality").asString()).isEqualTo("low");
        assertThat(body.get("size").asString()).isEqualTo("1024x1536");
        assertThat(body.get("data")).hasSize(2);
        for (JsonNode item : body.get("data")) {
            assertThat(item.has("url")).isFalse();
            assertThat(item.has("revised_prompt")).isFalse();
            byte[] bytes = Base64.getDecoder().decode(item.get("b64_json").asString());
            assertThat(bytes[0] & 0xff).isEqualTo(0xff); // JPEG SOI
            BufferedImage image = ImageIO.read(new ByteArrayInputStream(bytes));
            assertThat(image.getWidth()).isEqualTo(1024);
            assertThat(image.getHeight()).isEqualTo(1536);
        }
        JsonNode usage = body.get("usage");
        long textTokens = (prompt.length() + 3) / 4;
        assertThat(usage.get("input_tokens_details").get("text_tokens").asLong())
                .isEqualTo(textTokens);
        assertThat(usage.get("input_tokens_details").get("image_tokens").asLong())
                .isZero();
        assertThat(usage.get("input_tokens").asLong()).isEqualTo(textTokens);
        assertThat(usage.get("output_tokens").asLong()).isEqualTo(2 * 408);
        assertThat(usage.get("total_tokens").asLong()).isEqualTo(textTokens + 2 * 408);
    }

    @Test
    void gptImageAutoSettingsResolveAndTransparentPngKeepsAlpha() throws Exception {
        Answer answer = client.postJson("/v1/images/generations", """
                {"model":"gpt-image-1.5","prompt":"a red fox sticker","background":"transparent","size":"auto"}
                """);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("background").asString()).isEqualTo("transparent");
        assertThat(answer.json().get("size").asString()).isEqualTo("1024x1024");
        assertThat(answer.json().get("quality").asString()).isEqualTo("medium");
        assertThat(answer.json().get("output_format").asString()).isEqualTo("png");
        BufferedImage image =
                decode(answer.json().get("data").get(0).get("b64_json").asString());
        assertThat(image.getColorModel().hasAlpha()).isTrue();
    }

    @Test
    void dallE3AnswersAUrlServedByTheEmulatorAndARevisedPrompt() throws Exception {
        Answer answer = client.postJson("/v1/images/generations", """
                {"model":"dall-e-3","prompt":"a quiet harbour","quality":"hd","style":"natural"}
                """);

        assertThat(answer.status()).isEqualTo(200);
        JsonNode item = answer.json().get("data").get(0);
        assertThat(answer.json().has("usage")).isFalse();
        assertThat(answer.json().has("size")).isFalse();
        assertThat(item.get("revised_prompt").asString())
                .startsWith("a quiet harbour")
                .contains("natural");
        String url = item.get("url").asString();
        assertThat(url)
                .startsWith("http://127.0.0.1:" + emulator.port() + "/images/")
                .endsWith(".png");

        Answer picture = new EmulatorClient(emulator, null).get(url);
        assertThat(picture.status()).isEqualTo(200);
        assertThat(picture.header("Content-Type")).isEqualTo("image/png");
        BufferedImage image =
                ImageIO.read(new ByteArrayInputStream(picture.raw().body()));
        assertThat(image.getWidth()).isEqualTo(1024);
        assertThat(image.getHeight()).isEqualTo(1024);
    }

    @Test
    void dallE2IsTheDefaultModelAndAnswersBase64WhenAsked() throws Exception {
        Answer answer = client.postJson("/v1/images/generations", """
                {"prompt":"three small boats","n":3,"size":"256x256","response_format":"b64_json"}
                """);

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("data")).hasSize(3);
        assertThat(answer.json().has("usage")).isFalse();
        BufferedImage image =
                decode(answer.json().get("data").get(2).get("b64_json").asString());
        assertThat(image.getWidth()).isEqualTo(256);
        assertThat(emulator.requests().getFirst().json().get("n").asInt()).isEqualTo(3);
    }

    @Test
    void editTakesTwoImagesAndAMaskAsMultipartAndCountsImageTokens() throws Exception {
        byte[] first = png(1024, 1024, false);
        byte[] second = png(512, 768, false);
        byte[] mask = png(1024, 1024, true);

        Answer answer = client.postMultipart(
                "/v1/images/edits",
                List.of(
                        file("image[]", "room.png", "image/png", first),
                        file("image[]", "lamp.png", "image/png", second),
                        file("mask", "mask.png", "image/png", mask),
                        text("prompt", "put the lamp in the room"),
                        text("model", "gpt-image-1"),
                        text("size", "1536x1024"),
                        text("quality", "low"),
                        text("input_fidelity", "high"),
                        text("output_format", "webp")));

        assertThat(answer.status()).isEqualTo(200);
        JsonNode body = answer.json();
        assertThat(body.get("size").asString()).isEqualTo("1536x1024");
        assertThat(body.get("output_format").asString()).isEqualTo("webp");
        byte[] webp = Base64.getDecoder()
                .decode(body.get("data").get(0).get("b64_json").asString());
        assertThat(new String(webp, 0, 4)).isEqualTo("RIFF");
        assertThat(new String(webp, 8, 8)).isEqualTo("WEBPVP8L");
        long imageTokens = TokenUsage.imageTokens(1024, 1024) + TokenUsage.imageTokens(512, 768) + 4160;
        assertThat(body.get("usage")
                        .get("input_tokens_details")
                        .get("image_tokens")
                        .asLong())
                .isEqualTo(imageTokens);
        assertThat(body.get("usage").get("output_tokens").asLong()).isEqualTo(400);

        RecordedRequest recorded = emulator.requests().getFirst();
        assertThat(recorded.path()).isEqualTo("/v1/images/edits");
        assertThat(recorded.contentType()).startsWith("multipart/form-data; boundary=");
        assertThat(recorded.json()).isNull();
        assertThat(recorded.parts("image[]"))
                .extracting(RecordedPart::filename, RecordedPart::contentType, RecordedPart::size)
                .containsExactly(
                        org.assertj.core.groups.Tuple.tuple("room.png", "image/png", (long) first.length),
                        org.assertj.core.groups.Tuple.tuple("lamp.png", "image/png", (long) second.length));
        assertThat(recorded.parts("mask")).singleElement().satisfies(p -> {
            assertThat(p.isFile()).isTrue();
            assertThat(p.size()).isEqualTo(mask.length);
        });
        assertThat(recorded.field("prompt")).contains("put the lamp in the room");
        assertThat(recorded.field("input_fidelity")).contains("high");
    }

    @Test
    void dallE2EditNeedsASquarePngAndAMatchingMask() throws Exception {
        Answer wrongMask = client.postMultipart(
                "/v1/images/edits",
                List.of(
                        file("image", "a.png", "image/png", png(256, 256, false)),
                        file("mask", "m.png", "image/png", png(512, 512, true)),
                        text("prompt", "add a moon"),
                        text("model", "dall-e-2")));
        assertThat(wrongMask.status()).isEqualTo(400);
        assertThat(wrongMask.error().get("param").asString()).isEqualTo("mask");

        Answer ok = client.postMultipart(
                "/v1/images/edits",
                List.of(
                        file("image", "a.png", "image/png", png(256, 256, false)),
                        file("mask", "m.png", "image/png", png(256, 256, true)),
                        text("prompt", "add a moon"),
                        text("model", "dall-e-2"),
                        text("size", "256x256"),
                        text("response_format", "b64_json")));
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().has("usage")).isFalse();
        assertThat(decode(ok.json().get("data").get(0).get("b64_json").asString())
                        .getWidth())
                .isEqualTo(256);
    }

    @Test
    void variationMakesPicturesOfTheRequestedSize() throws Exception {
        Answer answer = client.postMultipart(
                "/v1/images/variations",
                List.of(
                        file("image", "source.png", "image/png", png(256, 256, false)),
                        text("model", "dall-e-2"),
                        text("n", "2"),
                        text("size", "512x512"),
                        text("response_format", "b64_json")));

        assertThat(answer.status()).isEqualTo(200);
        assertThat(answer.json().get("data")).hasSize(2);
        assertThat(decode(answer.json().get("data").get(1).get("b64_json").asString())
                        .getHeight())
                .isEqualTo(512);

        Answer gpt = client.postMultipart(
                "/v1/images/variations",
                List.of(file("image", "source.png", "image/png", png(256, 256, false)), text("model", "gpt-image-1")));
        assertThat(gpt.status()).isEqualTo(400);
        assertThat(gpt.error().get("param").asString()).isEqualTo("model");
    }

    @Test
    void validationErrorsUseOpenAisErrorBody() throws Exception {
        Answer size = client.postJson(
                "/v1/images/generations", "{\"model\":\"gpt-image-1\",\"prompt\":\"x\",\"size\":\"512x512\"}");
        assertThat(size.status()).isEqualTo(400);
        assertThat(size.json().size()).isEqualTo(1);
        JsonNode error = size.error();
        assertThat(error.get("message").asString())
                .isEqualTo("Invalid value: '512x512'. Supported values are: '1024x1024', '1536x1024', '1024x1536',"
                        + " and 'auto'.");
        assertThat(error.get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(error.get("param").asString()).isEqualTo("size");
        assertThat(error.has("code")).isTrue();

        assertError(
                client.postJson("/v1/images/generations", "{\"model\":\"dall-e-3\",\"prompt\":\"x\",\"n\":2}"), "n");
        assertError(
                client.postJson(
                        "/v1/images/generations", "{\"model\":\"dall-e-3\",\"prompt\":\"x\",\"quality\":\"low\"}"),
                "quality");
        assertError(
                client.postJson("/v1/images/generations", "{\"model\":\"dall-e-2\",\"prompt\":\"x\",\"n\":11}"), "n");
        assertError(
                client.postJson(
                        "/v1/images/generations", "{\"model\":\"dall-e-2\",\"prompt\":\"x\",\"style\":\"vivid\"}"),
                "style");
        assertError(
                client.postJson(
                        "/v1/images/generations",
                        "{\"model\":\"gpt-image-1\",\"prompt\":\"x\",\"response_format\":\"url\"}"),
                "response_format");
        assertError(
                client.postJson(
                        "/v1/images/generations",
                        "{\"model\":\"gpt-image-1\",\"prompt\":\"x\",\"output_compression\":50}"),
                "output_compression");
        assertError(client.postJson("/v1/images/generations", "{\"model\":\"gpt-image-1\"}"), "prompt");
        assertError(client.postJson("/v1/images/generations", "{\"model\":\"dall-e-4\",\"prompt\":\"x\"}"), "model");
        assertError(
                client.postJson("/v1/images/generations", "{\"model\":\"gpt-image-1\",\"prompt\":\"x\",\"colour\":1}"),
                "colour");

        Answer stream = client.postJson(
                "/v1/images/generations", "{\"model\":\"gpt-image-1\",\"prompt\":\"x\",\"stream\":true}");
        assertThat(stream.status()).isEqualTo(400);
        assertThat(stream.error().get("message").asString()).isEqualTo("streaming not supported by this emulator");

        Answer notJson = client.postJson("/v1/images/generations", "{not json");
        assertThat(notJson.status()).isEqualTo(400);
        assertThat(notJson.error().get("message").asString()).startsWith("We could not parse the JSON body");

        Answer unknownPath = client.postJson("/v1/images/generate", "{}");
        assertThat(unknownPath.status()).isEqualTo(404);
        assertThat(unknownPath.error().get("message").asString()).isEqualTo("Invalid URL (POST /v1/images/generate)");
    }

    @Test
    void gptImage2AcceptsCustomSizesWithinItsLimits() throws Exception {
        Answer ok = client.postJson(
                "/v1/images/generations",
                "{\"model\":\"gpt-image-2\",\"prompt\":\"a wide valley\",\"size\":\"768x256\",\"quality\":\"low\"}");
        assertThat(ok.status()).isEqualTo(200);
        assertThat(ok.json().get("size").asString()).isEqualTo("768x256");
        assertThat(decode(ok.json().get("data").get(0).get("b64_json").asString())
                        .getWidth())
                .isEqualTo(768);

        assertError(
                client.postJson(
                        "/v1/images/generations",
                        "{\"model\":\"gpt-image-2\",\"prompt\":\"x\",\"size\":\"1000x1000\"}"),
                "size");
        assertError(
                client.postJson(
                        "/v1/images/generations", "{\"model\":\"gpt-image-1\",\"prompt\":\"x\",\"size\":\"768x256\"}"),
                "size");
    }

    @Test
    void missingOrWrongKeysAnswer401WithoutEchoingTheKey() throws Exception {
        Answer missing = new EmulatorClient(emulator, null).postJson("/v1/images/generations", "{\"prompt\":\"x\"}");
        assertThat(missing.status()).isEqualTo(401);
        assertThat(missing.error().get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(missing.error().get("message").asString()).startsWith("You didn't provide an API key.");

        String secret = "sk-proj-secret-do-not-echo-1234";
        try (OpenAiEmulator strict =
                OpenAiEmulator.start(0, EmulatorSettings.defaults().withApiKey(KEY))) {
            Answer wrong = new EmulatorClient(strict, secret).postJson("/v1/images/generations", "{\"prompt\":\"x\"}");
            assertThat(wrong.status()).isEqualTo(401);
            JsonNode error = wrong.error();
            assertThat(error.get("code").asString()).isEqualTo("invalid_api_key");
            assertThat(error.get("param").isNull()).isTrue();
            assertThat(error.get("message").asString())
                    .startsWith("Incorrect API key provided: sk-")
                    .endsWith("1234. You can find your API key at https://platform.openai.com/account/api-keys.")
                    .doesNotContain(secret)
                    .doesNotContain("secret");
            assertThat(wrong.header("x-request-id")).startsWith("req_");

            Answer right = new EmulatorClient(strict, KEY)
                    .postJson("/v1/images/generations", "{\"prompt\":\"x\",\"size\":\"256x256\"}");
            assertThat(right.status()).isEqualTo(200);
            assertThat(strict.requests().getFirst().header("authorization").orElseThrow())
                    .startsWith("Bearer sk-")
                    .doesNotContain("secret");
        }
    }

    @Test
    void aBurstOf429sIsFollowedBySuccess() throws Exception {
        emulator.faults(Faults.none().withBurst(new Burst(2, Duration.ofMillis(2500))));
        List<Answer> answers = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            answers.add(client.postJson(
                    "/v1/images/generations", "{\"model\":\"dall-e-2\",\"prompt\":\"x\",\"size\":\"256x256\"}"));
        }

        for (Answer limited : answers.subList(0, 2)) {
            assertThat(limited.status()).isEqualTo(429);
            assertThat(limited.header("retry-after")).isEqualTo("3");
            assertThat(limited.header("retry-after-ms")).isEqualTo("2500");
            assertThat(limited.error().get("code").asString()).isEqualTo("rate_limit_exceeded");
            assertThat(limited.error().get("message").asString()).startsWith("Rate limit reached for dall-e-2");
        }
        assertThat(answers.get(2).status()).isEqualTo(200);
        assertThat(emulator.requests()).extracting(RecordedRequest::status).containsExactly(429, 429, 200);
    }

    @Test
    void serverErrorRateIsRoughlyHonouredAndReproducible() throws Exception {
        emulator.faults(Faults.none().withServerErrorRate(0.3));
        List<Integer> first = statuses(40);
        emulator.reset();
        emulator.faults(Faults.none().withServerErrorRate(0.3));
        List<Integer> second = statuses(40);

        long errors = first.stream().filter(s -> s == 500).count();
        assertThat(errors).isBetween(5L, 22L);
        assertThat(first).containsOnly(200, 500).isEqualTo(second);
    }

    @Test
    void otherFaultKindsUseOpenAisErrorShapes() throws Exception {
        emulator.faults(Faults.none().withModerationRate(1));
        Answer moderated = client.postJson(
                "/v1/images/generations", "{\"model\":\"gpt-image-1\",\"prompt\":\"x\",\"quality\":\"low\"}");
        assertThat(moderated.status()).isEqualTo(400);
        assertThat(moderated.error().get("code").asString()).isEqualTo("moderation_blocked");
        assertThat(moderated.error().get("type").asString()).isEqualTo("image_generation_user_error");

        emulator.faults(Faults.none().withInsufficientQuotaRate(1));
        Answer quota = client.postJson("/v1/images/generations", "{\"prompt\":\"x\"}");
        assertThat(quota.status()).isEqualTo(429);
        assertThat(quota.error().get("code").asString()).isEqualTo("insufficient_quota");
        assertThat(quota.error().get("type").asString()).isEqualTo("insufficient_quota");
        assertThat(quota.header("retry-after")).isNotNull();

        emulator.faults(Faults.none().withOverloadedRate(1));
        assertThat(client.postJson("/v1/images/generations", "{\"prompt\":\"x\"}")
                        .status())
                .isEqualTo(503);
    }

    @Test
    void timeoutsHoldTheRequestThenDropTheConnection() {
        emulator.faults(Faults.none().withTimeouts(1, Duration.ofMillis(300)));
        long started = System.nanoTime();
        assertThatThrownBy(() -> client.postJson("/v1/images/generations", "{\"prompt\":\"x\"}"))
                .isInstanceOf(IOException.class);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(290));
        assertThat(emulator.requests())
                .singleElement()
                .extracting(RecordedRequest::status)
                .isEqualTo(0);
    }

    @Test
    void latencyDelaysAnswers() throws Exception {
        emulator.faults(Faults.none().withLatency(Latency.parse("400ms")));
        long started = System.nanoTime();
        Answer answer = client.postJson("/v1/images/generations", "{\"prompt\":\"x\",\"size\":\"256x256\"}");
        assertThat(answer.status()).isEqualTo(200);
        assertThat(Duration.ofNanos(System.nanoTime() - started)).isGreaterThanOrEqualTo(Duration.ofMillis(400));
    }

    @Test
    void everyAnswerCarriesRateLimitHeadersAndTheLimitIsEnforced() throws Exception {
        emulator.faults(Faults.none().withRequestsPerMinute(2));
        Answer first = client.postJson("/v1/images/generations", "{\"prompt\":\"x\",\"size\":\"256x256\"}");
        Answer second = client.postJson("/v1/images/generations", "{\"prompt\":\"x\",\"size\":\"12x12\"}");
        Answer third = client.postJson("/v1/images/generations", "{\"prompt\":\"x\",\"size\":\"256x256\"}");

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("x-ratelimit-limit-requests")).isEqualTo("2");
        assertThat(first.header("x-ratelimit-remaining-requests")).isEqualTo("1");
        assertThat(first.header("x-ratelimit-reset-requests")).matches("\\d+(\\.\\d+)?(ms|s)");
        assertThat(first.header("x-request-id")).matches("req_[0-9a-f]{32}");
        assertThat(second.status()).isEqualTo(400);
        assertThat(second.header("x-ratelimit-remaining-requests")).isEqualTo("0");
        assertThat(third.status()).isEqualTo(429);
        assertThat(third.error().get("code").asString()).isEqualTo("rate_limit_exceeded");
        assertThat(Long.parseLong(third.header("retry-after-ms"))).isBetween(1L, 30_000L);
        assertThat(Long.parseLong(third.header("retry-after"))).isBetween(1L, 30L);
    }

    @Test
    void adminEndpointChangesFaultsAndShowsRecordedRequests() throws Exception {
        Answer set = client.admin("POST", "/_emulator/faults", "{\"error_rate_500\":1.0,\"latency\":\"10ms..20ms\"}");
        assertThat(set.status()).isEqualTo(200);
        assertThat(set.json().get("error_rate_500").asDouble()).isEqualTo(1.0);
        assertThat(set.json().get("latency").asString()).isEqualTo("10ms..20ms");

        Answer failed = client.postJson("/v1/images/generations", "{\"prompt\":\"first\",\"size\":\"256x256\"}");
        assertThat(failed.status()).isEqualTo(500);
        assertThat(failed.error().get("type").asString()).isEqualTo("server_error");

        Answer requests = client.admin("GET", "/_emulator/requests", null);
        assertThat(requests.json()).hasSize(1);
        JsonNode recorded = requests.json().get(0);
        assertThat(recorded.get("method").asString()).isEqualTo("POST");
        assertThat(recorded.get("path").asString()).isEqualTo("/v1/images/generations");
        assertThat(recorded.get("json").get("prompt").asString()).isEqualTo("first");
        assertThat(recorded.get("headers").get("authorization").get(0).asString())
                .doesNotContain(KEY);
        assertThat(recorded.get("status").asInt()).isEqualTo(500);
        assertThat(recorded.get("request_id").asString()).isEqualTo(failed.header("x-request-id"));

        assertThat(client.admin("POST", "/_emulator/faults", "{\"error_rate_500\":2}")
                        .status())
                .isEqualTo(400);
        assertThat(client.admin("POST", "/_emulator/reset", null).status()).isEqualTo(200);
        assertThat(emulator.requests()).isEmpty();
        assertThat(client.postJson("/v1/images/generations", "{\"prompt\":\"again\",\"size\":\"256x256\"}")
                        .status())
                .isEqualTo(200);
    }

    @Test
    void sameRequestSamePictures() throws Exception {
        String body = "{\"model\":\"gpt-image-1\",\"prompt\":\"a pine forest\",\"quality\":\"low\"}";
        String a = client.postJson("/v1/images/generations", body)
                .json()
                .get("data")
                .get(0)
                .get("b64_json")
                .asString();
        String b = client.postJson("/v1/images/generations", body)
                .json()
                .get("data")
                .get(0)
                .get("b64_json")
                .asString();
        assertThat(a).isEqualTo(b);
    }

    private List<Integer> statuses(int count) throws Exception {
        List<Integer> statuses = new ArrayList<>();
        for (int i = 0; i < count; i++) {
            statuses.add(client.postJson(
                            "/v1/images/generations",
                            "{\"model\":\"dall-e-2\",\"prompt\":\"p" + i + "\",\"size\":\"256x256\"}")
                    .status());
        }
        return statuses;
    }

    private static void assertError(Answer answer, String param) {
        assertThat(answer.status()).as("status for " + param).isEqualTo(400);
        assertThat(answer.error().get("type").asString()).isEqualTo("invalid_request_error");
        assertThat(answer.error().get("param").asString()).isEqualTo(param);
        assertThat(answer.error().get("message").asString()).isNotBlank();
    }

    private static BufferedImage decode(String base64) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(Base64.getDecoder().decode(base64)));
    }

    static byte[] png(int width, int height, boolean withTransparentHole) throws IOException {
        BufferedImage image = new BufferedImage(
                width, height, withTransparentHole ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(40, 90, 160));
        g.fillRect(0, 0, width, height);
        if (withTransparentHole) {
            g.setComposite(java.awt.AlphaComposite.Clear);
            g.fillRect(width / 4, height / 4, width / 2, height / 2);
        }
        g.dispose();
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        ImageIO.write(image, "png", out);
        return out.toByteArray();
    }
}
