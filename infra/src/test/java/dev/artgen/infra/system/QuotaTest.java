package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobState;
import dev.artgen.common.messaging.Topics;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.bson.Document;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.MethodOrderer;
import org.junit.jupiter.api.Order;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestMethodOrder;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/**
 * Jobs in flight and budgets through real HTTP: bursts never overshoot, rejections store and publish
 * nothing, and a job's reservation is settled when it ends. No worker runs until the last test, so
 * accepted jobs stay queued and hold their slots.
 */
@TestMethodOrder(MethodOrderer.OrderAnnotation.class)
class QuotaTest {

    private static ArtGenSystem system;
    private static Http http;
    private static Kafka kafka;

    @BeforeAll
    static void start() throws Exception {
        // The local model is free; a price makes its jobs reserve cost, which the actual (zero) replaces.
        system = ArtGenSystem.startWithoutWorkers(
                Map.of("artgen.providers.openai.prices.[artgen-local].per-image.[medium/256x256]", "0.04"));
        http = system.http();
        kafka = new Kafka(system.kafkaBootstrapServers());
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    /** Every test starts with no job in flight and fresh budgets. */
    @BeforeEach
    void clean() {
        for (Job job :
                system.mongo().find(Query.query(where("state").in(JobState.QUEUED, JobState.RUNNING)), Job.class)) {
            http.post("/v1/jobs/" + job.id() + "/cancel", "application/json", "");
        }
        await().atMost(Duration.ofSeconds(20))
                .until(() -> limits().get("jobs_in_flight").get("used").asInt() == 0);
        system.mongo().getCollection("quota_budgets").deleteMany(new Document());
        system.admin().delete(limitsPath());
    }

    @Test
    @Order(1)
    void aBurstGetsExactlyTheJobsInFlightAllowed() throws Exception {
        setLimits("{\"jobs_in_flight\":5}");
        long jobsBefore = jobCount();
        long publishedBefore = kafka.endOffsetTotal(Topics.JOBS);

        List<Http.Response> answers =
                burst(20, "{\"model\":\"artgen-local\",\"prompt\":\"burst\",\"size\":\"256x256\"}");

        assertThat(answers).filteredOn(r -> r.status() == 202).hasSize(5);
        assertThat(answers).filteredOn(r -> r.status() == 429).hasSize(15).allSatisfy(r -> {
            assertThat(r.header("Content-Type")).startsWith("application/problem+json");
            assertThat(r.json().get("type").asString())
                    .isEqualTo("https://artgen.dev/problems/too-many-jobs-in-flight");
            assertThat(r.json().get("limit").asInt()).isEqualTo(5);
        });
        assertThat(jobCount()).isEqualTo(jobsBefore + 5);
        assertThat(kafka.endOffsetTotal(Topics.JOBS)).isEqualTo(publishedBefore + 5);
        assertThat(limits().get("jobs_in_flight").get("used").asInt()).isEqualTo(5);
    }

    @Test
    @Order(2)
    void cancelingAJobFreesItsSlot() {
        setLimits("{\"jobs_in_flight\":1}");
        String body = "{\"model\":\"artgen-local\",\"prompt\":\"one at a time\",\"size\":\"256x256\"}";
        Http.Response first = http.postJson("/v1/jobs", body);
        assertThat(first.status()).isEqualTo(202);
        assertThat(http.postJson("/v1/jobs", body).status()).isEqualTo(429);

        http.post("/v1/jobs/" + first.json().get("id").asString() + "/cancel", "application/json", "");

        await().atMost(Duration.ofSeconds(20))
                .pollInterval(Duration.ofMillis(200))
                .until(() -> http.postJson("/v1/jobs", body).status() == 202);
    }

    @Test
    @Order(3)
    void aBurstCannotOverspendTheImageBudget() throws Exception {
        setLimits("{\"jobs_in_flight\":100,\"images_per_day\":6}");
        long jobsBefore = jobCount();
        long publishedBefore = kafka.endOffsetTotal(Topics.JOBS);

        List<Http.Response> answers =
                burst(10, "{\"model\":\"artgen-local\",\"prompt\":\"budget\",\"size\":\"256x256\"}");

        assertThat(answers).filteredOn(r -> r.status() == 202).hasSize(6);
        String midnight = LocalDate.now(ZoneOffset.UTC)
                .plusDays(1)
                .atStartOfDay(ZoneOffset.UTC)
                .toInstant()
                .toString();
        assertThat(answers).filteredOn(r -> r.status() == 429).hasSize(4).allSatisfy(r -> {
            JsonNode problem = r.json();
            assertThat(problem.get("type").asString()).isEqualTo("https://artgen.dev/problems/quota-exceeded");
            assertThat(problem.get("budget").asString()).isEqualTo("images_per_day");
            assertThat(problem.get("resets_at").asString()).isEqualTo(midnight);
            assertThat(Long.parseLong(r.header("Retry-After"))).isPositive();
        });
        assertThat(jobCount()).isEqualTo(jobsBefore + 6);
        assertThat(kafka.endOffsetTotal(Topics.JOBS)).isEqualTo(publishedBefore + 6);
        JsonNode day = limits().get("budgets").get(0);
        assertThat(day.get("period").asString()).isEqualTo("day");
        assertThat(day.get("images").get("used").asInt()).isEqualTo(6);
        assertThat(day.get("images").get("remaining").asInt()).isZero();
    }

    @Test
    @Order(4)
    void aBurstCannotOverspendTheCostBudget() throws Exception {
        setLimits("{\"jobs_in_flight\":100,\"cost_per_day_usd\":0.10}");

        List<Http.Response> answers = burst(5, "{\"model\":\"artgen-local\",\"prompt\":\"cost\",\"size\":\"256x256\"}");

        assertThat(answers).filteredOn(r -> r.status() == 202).hasSize(2);
        assertThat(answers)
                .filteredOn(r -> r.status() == 429)
                .allSatisfy(r -> assertThat(r.json().get("budget").asString()).isEqualTo("cost_per_day_usd"));
        JsonNode cost = limits().get("budgets").get(0).get("cost_usd");
        assertThat(cost.get("used").decimalValue()).isEqualByComparingTo("0.08");
        assertThat(cost.get("remaining").decimalValue()).isEqualByComparingTo("0.02");
    }

    @Test
    @Order(5)
    void aCanceledJobGivesItsReservationBack() {
        setLimits("{\"jobs_in_flight\":10,\"images_per_day\":4}");
        Http.Response accepted = http.postJson(
                "/v1/jobs", "{\"model\":\"artgen-local\",\"prompt\":\"undo\",\"size\":\"256x256\",\"n\":4}");
        assertThat(accepted.status()).isEqualTo(202);
        assertThat(limits().get("budgets").get(0).get("images").get("used").asInt())
                .isEqualTo(4);

        http.post("/v1/jobs/" + accepted.json().get("id").asString() + "/cancel", "application/json", "");

        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        limits().get("budgets").get(0).get("images").get("used").asInt() == 0);
    }

    @Test
    @Order(6)
    void aFinishedJobsActualUsageReplacesItsReservation() {
        setLimits("{\"cost_per_day_usd\":1.00}");
        system.startWorker(Map.of());
        JobClient jobs = new JobClient(http);

        String id = jobs.submit(JobClient.job("settle me", "size", "256x256", "n", 2))
                .get("id")
                .asString();
        jobs.awaitState(id, "succeeded");

        await().atMost(Duration.ofSeconds(20)).untilAsserted(() -> {
            JsonNode day = limits().get("budgets").get(0);
            assertThat(day.get("images").get("used").asInt()).isEqualTo(2);
            assertThat(day.get("cost_usd").get("used").decimalValue()).isZero();
            assertThat(limits().get("jobs_in_flight").get("used").asInt()).isZero();
        });
        Document reservation = system.mongo()
                .getCollection("quota_reservations")
                .find(new Document("_id", id))
                .first();
        assertThat(reservation.getString("state")).isEqualTo("SETTLED");
        assertThat(reservation
                        .get("estimate", Document.class)
                        .get("costMicros", Number.class)
                        .longValue())
                .as("two pictures at $0.04 were reserved")
                .isEqualTo(80_000L);
    }

    private static void setLimits(String json) {
        Http.Response response = system.admin().putJson(limitsPath(), json);
        assertThat(response.status()).as(response.text()).isEqualTo(200);
    }

    private static JsonNode limits() {
        Http.Response response = http.get("/v1/limits");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static long jobCount() {
        return system.mongo().count(new Query(), Job.class);
    }

    private static List<Http.Response> burst(int requests, String body) throws Exception {
        List<Callable<Http.Response>> calls = new ArrayList<>();
        for (int i = 0; i < requests; i++) {
            calls.add(() -> http.postJson("/v1/jobs", body));
        }
        List<Http.Response> answers = new ArrayList<>();
        try (var executor = Executors.newFixedThreadPool(requests)) {
            for (Future<Http.Response> answer : executor.invokeAll(calls)) {
                answers.add(answer.get());
            }
        }
        return answers;
    }

    /** The default test user's limits, set as an admin would. */
    private static String limitsPath() {
        return "/v1/admin/users/" + system.user().id() + "/limits";
    }
}
