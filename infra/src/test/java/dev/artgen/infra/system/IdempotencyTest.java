package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.artgen.common.job.Job;
import dev.artgen.common.messaging.Topics;
import dev.artgen.common.model.JobDraft;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Date;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.json.JsonMapper;

/** Idempotency-Key on job submission: one job per key and body, 422 for another body, 409 while in progress. */
class IdempotencyTest {

    private static final String BODY = "{\"model\":\"artgen-local\",\"prompt\":\"only once\",\"size\":\"256x256\"}";

    private static ArtGenSystem system;
    private static Http http;
    private static Kafka kafka;

    @BeforeAll
    static void start() throws Exception {
        system = ArtGenSystem.startWithoutWorkers(Map.of("artgen.idempotency.keep-for", "3s"));
        http = system.http();
        kafka = new Kafka(system.kafkaBootstrapServers());
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    @Test
    void aRetryWithTheSameKeyAndBodyAnswersTheOriginalJob() throws Exception {
        String key = UUID.randomUUID().toString();
        long jobsBefore = jobCount();
        long publishedBefore = kafka.endOffsetTotal(Topics.JOBS);
        int inFlightBefore = inFlight();

        Http.Response first = http.postJson("/v1/jobs", BODY, "Idempotency-Key", key);
        // Same request, other formatting and field order: still the same request.
        Http.Response retry = http.postJson(
                "/v1/jobs",
                "{ \"size\": \"256x256\", \"prompt\": \"only once\", \"model\": \"artgen-local\" }",
                "Idempotency-Key",
                "\"" + key + "\"");

        assertThat(first.status()).isEqualTo(202);
        assertThat(retry.status()).isEqualTo(202);
        assertThat(retry.json().get("id").asString())
                .isEqualTo(first.json().get("id").asString());
        assertThat(retry.header("Location")).isEqualTo(first.header("Location"));
        assertThat(retry.header("Idempotent-Replayed")).isEqualTo("true");
        assertThat(first.header("Idempotent-Replayed")).isNull();
        assertThat(jobCount()).isEqualTo(jobsBefore + 1);
        assertThat(kafka.endOffsetTotal(Topics.JOBS)).isEqualTo(publishedBefore + 1);
        assertThat(inFlight()).as("one reservation, not two").isEqualTo(inFlightBefore + 1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsA422() {
        String key = UUID.randomUUID().toString();
        assertThat(http.postJson("/v1/jobs", BODY, "Idempotency-Key", key).status())
                .isEqualTo(202);
        long jobsBefore = jobCount();

        Http.Response reused =
                http.postJson("/v1/jobs", BODY.replace("only once", "something else"), "Idempotency-Key", key);

        assertThat(reused.status()).isEqualTo(422);
        assertThat(reused.header("Content-Type")).startsWith("application/problem+json");
        assertThat(reused.json().get("type").asString())
                .isEqualTo("https://artgen.dev/problems/idempotency-key-reused");
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    void aRequestWhoseTwinIsStillInProgressIsA409() throws Exception {
        String key = UUID.randomUUID().toString();
        // What the first of two concurrent requests leaves while it is still submitting.
        Instant now = Instant.now();
        system.mongo()
                .getCollection("idempotency_keys")
                .insertOne(new Document("_id", system.user().id() + " " + key)
                        .append("owner", system.user().id())
                        .append(
                                "fingerprint",
                                fingerprint(new JobDraft(
                                        "artgen-local", "only once", null, "256x256", null, null, null, null)))
                        .append("lockedUntil", Date.from(now.plusSeconds(30)))
                        .append("expiresAt", Date.from(now.plusSeconds(60))));
        long jobsBefore = jobCount();

        Http.Response twin = http.postJson("/v1/jobs", BODY, "Idempotency-Key", key);

        assertThat(twin.status()).as(twin.text()).isEqualTo(409);
        assertThat(twin.json().get("type").asString()).isEqualTo("https://artgen.dev/problems/idempotency-key-in-use");
        assertThat(twin.header("Retry-After")).isNotNull();
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    @Test
    void concurrentDuplicatesMakeOneJob() throws Exception {
        String key = UUID.randomUUID().toString();
        long jobsBefore = jobCount();
        List<Callable<Http.Response>> calls = new ArrayList<>();
        for (int i = 0; i < 10; i++) {
            calls.add(() -> http.postJson("/v1/jobs", BODY, "Idempotency-Key", key));
        }
        List<Http.Response> answers = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(10)) {
            for (Future<Http.Response> answer : executor.invokeAll(calls)) {
                answers.add(answer.get());
            }
        }

        assertThat(answers).extracting(Http.Response::status).allMatch(s -> s == 202 || s == 409);
        assertThat(answers.stream()
                        .filter(r -> r.status() == 202)
                        .map(r -> r.json().get("id").asString())
                        .distinct())
                .hasSize(1);
        assertThat(jobCount()).isEqualTo(jobsBefore + 1);
    }

    @Test
    void aKeyCanBeUsedAfreshOnceItExpired() {
        String key = UUID.randomUUID().toString();
        String original = http.postJson("/v1/jobs", BODY, "Idempotency-Key", key)
                .json()
                .get("id")
                .asString();

        // keep-for is 3s here: until then the key answers the original job, afterwards it makes a new one.
        String later = await().atMost(Duration.ofSeconds(10))
                .pollInterval(Duration.ofMillis(500))
                .until(
                        () -> http.postJson("/v1/jobs", BODY, "Idempotency-Key", key)
                                .json()
                                .get("id")
                                .asString(),
                        id -> !id.equals(original));

        assertThat(later).startsWith("job_");
    }

    @Test
    void aMalformedKeyIsA400NamingTheHeader() {
        long jobsBefore = jobCount();
        for (String key : List.of("has spaces", "x".repeat(256), "ünïcode")) {
            Http.Response response = http.postJson("/v1/jobs", BODY, "Idempotency-Key", key);

            assertThat(response.status()).as(key).isEqualTo(400);
            assertThat(response.json().get("errors").findValuesAsString("field"))
                    .containsExactly("Idempotency-Key");
        }
        assertThat(jobCount()).isEqualTo(jobsBefore);
    }

    private static long jobCount() {
        return system.mongo().count(new Query(), Job.class);
    }

    private static int inFlight() {
        return http.get("/v1/limits").json().get("jobs_in_flight").get("used").asInt();
    }

    private static String fingerprint(JobDraft draft) throws Exception {
        byte[] json = system.apiBean(JsonMapper.class).writeValueAsString(draft).getBytes(StandardCharsets.UTF_8);
        return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(json));
    }
}
