package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.job.Job;
import dev.artgen.common.messaging.Topics;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import tools.jackson.databind.JsonNode;

/** Every invalid field is a 400 problem naming it, and nothing is stored or published. */
class BadInputTest {

    private final ArtGenSystem system = SharedSystem.get();
    private final Http http = system.http();
    private final Kafka kafka = new Kafka(system.kafkaBootstrapServers());

    static Stream<Arguments> invalidJobs() {
        String longPrompt = "x".repeat(4001);
        return Stream.of(
                Arguments.of("missing model", "{\"prompt\":\"a cat\"}", "model"),
                Arguments.of("unknown model", "{\"model\":\"dall-e-9\",\"prompt\":\"a cat\"}", "model"),
                Arguments.of("missing prompt", "{\"model\":\"artgen-local\"}", "prompt"),
                Arguments.of("blank prompt", "{\"model\":\"artgen-local\",\"prompt\":\"   \"}", "prompt"),
                Arguments.of(
                        "prompt too long", "{\"model\":\"artgen-local\",\"prompt\":\"" + longPrompt + "\"}", "prompt"),
                Arguments.of("control characters", "{\"model\":\"artgen-local\",\"prompt\":\"a\\u0000cat\"}", "prompt"),
                Arguments.of("lone surrogate", "{\"model\":\"artgen-local\",\"prompt\":\"a \\ud800 cat\"}", "prompt"),
                Arguments.of(
                        "bidirectional override",
                        "{\"model\":\"artgen-local\",\"prompt\":\"a cat \\u202egnp.exe\"}",
                        "prompt"),
                Arguments.of(
                        "huge prompt",
                        "{\"model\":\"artgen-local\",\"prompt\":\"" + "y".repeat(200_000) + "\"}",
                        "prompt"),
                Arguments.of("n as fraction", "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"n\":1.5}", "n"),
                Arguments.of("n as huge float", "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"n\":1e300}", "n"),
                Arguments.of("prompt as object", "{\"model\":\"artgen-local\",\"prompt\":{\"a\":1}}", "prompt"),
                Arguments.of("model as null", "{\"model\":null,\"prompt\":\"a cat\"}", "model"),
                Arguments.of("zero images", "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"n\":0}", "n"),
                Arguments.of("negative images", "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"n\":-3}", "n"),
                Arguments.of("too many images", "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"n\":11}", "n"),
                Arguments.of("enormous n", "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"n\":99999999999}", "n"),
                Arguments.of("n as text", "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"n\":\"two\"}", "n"),
                Arguments.of(
                        "unsupported size",
                        "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"size\":\"999x999\"}",
                        "size"),
                Arguments.of(
                        "unsupported quality",
                        "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"quality\":\"ultra\"}",
                        "quality"),
                Arguments.of(
                        "unsupported background",
                        "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"background\":\"purple\"}",
                        "background"),
                Arguments.of(
                        "unsupported format",
                        "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"output_format\":\"gif\"}",
                        "output_format"),
                Arguments.of(
                        "transparent jpeg",
                        "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"background\":\"transparent\",\"output_format\":\"jpeg\"}",
                        "background"),
                Arguments.of("negative seed", "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"seed\":-1}", "seed"),
                Arguments.of(
                        "unknown field",
                        "{\"model\":\"artgen-local\",\"prompt\":\"a cat\",\"colour\":\"red\"}",
                        "colour"));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("invalidJobs")
    void invalidFieldIsNamedInA400ProblemAndNothingIsStoredOrPublished(String title, String body, String field)
            throws Exception {
        long jobsBefore = system.mongo().count(new org.springframework.data.mongodb.core.query.Query(), Job.class);
        long publishedBefore = kafka.endOffsetTotal(Topics.JOBS);

        Http.Response response = http.postJson("/v1/jobs", body);

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://artgen.dev/problems/invalid-request");
        assertThat(problem.get("errors").findValuesAsString("field")).contains(field);
        assertThat(system.mongo().count(new org.springframework.data.mongodb.core.query.Query(), Job.class))
                .isEqualTo(jobsBefore);
        assertThat(kafka.endOffsetTotal(Topics.JOBS)).isEqualTo(publishedBefore);
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("malformedRequests")
    void malformedRequestsAreClear4xxProblems(String title, String contentType, String body, int status) {
        Http.Response response = http.post("/v1/jobs", contentType, body);

        assertThat(response.status()).as(response.text()).isEqualTo(status);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("detail").asString()).isNotBlank();
    }

    static Stream<Arguments> malformedRequests() {
        return Stream.of(
                Arguments.of("not JSON", "application/json", "{model: nope", 400),
                Arguments.of("JSON array", "application/json", "[1,2,3]", 400),
                Arguments.of("empty body", "application/json", "", 400),
                Arguments.of(
                        "form instead of JSON",
                        "application/x-www-form-urlencoded",
                        "model=artgen-local&prompt=cat",
                        415),
                Arguments.of("plain text", "text/plain", "a cat", 415),
                Arguments.of("XML", "application/xml", "<job><prompt>cat</prompt></job>", 415),
                Arguments.of("JSON with trailing garbage", "application/json", "{\"prompt\":\"a\"} trailing", 400),
                Arguments.of("deeply nested JSON", "application/json", "[".repeat(5000) + "]".repeat(5000), 400),
                Arguments.of(
                        "body over a megabyte",
                        "application/json",
                        "{\"model\":\"artgen-local\",\"prompt\":\"" + "z".repeat(2 << 20) + "\"}",
                        413));
    }
}
