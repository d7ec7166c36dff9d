package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.artgen.common.health.KafkaHealth;
import dev.artgen.common.health.S3Health;
import dev.artgen.common.messaging.Topics;
import io.minio.MinioClient;
import java.net.ServerSocket;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.function.Function;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.junit.jupiter.api.Test;
import org.springframework.boot.health.contributor.Status;
import tools.jackson.databind.JsonNode;

/**
 * What an operator has beyond metrics: the admin ops view (workers, queue, lag, dead letters) with
 * inspection and re-queueing of dead letters, the management ports, and health that follows the
 * backing services. Every ops route is for admins only.
 */
class OpsTest {

    private final ArtGenSystem system = SharedSystem.get();

    @Test
    void opsViewShowsLiveWorkersTheirInFlightJobsTheQueueAndKafkaLag() {
        JsonNode ops = await().atMost(Duration.ofSeconds(20))
                .until(
                        () -> system.admin().get("/v1/admin/ops").json(),
                        view -> !view.get("workers").isEmpty());

        JsonNode worker = ops.get("workers").get(0);
        assertThat(worker.get("in_flight").asInt()).isGreaterThanOrEqualTo(0);
        assertThat(worker.get("max_in_flight").asInt()).isEqualTo(256);
        assertThat(worker.get("last_seen_at").asString()).isNotBlank();
        assertThat(ops.at("/jobs/queued").isNumber()).isTrue();
        assertThat(ops.at("/jobs/running").isNumber()).isTrue();
        assertThat(ops.get("consumers"))
                .extracting(c -> c.get("group").asString())
                .containsExactly("artgen-workers", "artgen-webhooks");
        assertThat(ops.get("consumers").get(0).get("lag").isNumber()).isTrue();
        assertThat(ops.get("consumers").get(0).get("members").asInt()).isGreaterThanOrEqualTo(1);
        assertThat(ops.at("/dead_letters/count").isNumber()).isTrue();
    }

    @Test
    void aDeadLetteredMessageCanBeInspectedAndRequeuedOnce() throws Exception {
        String key = "poison-" + UUID.randomUUID();
        Kafka kafka = new Kafka(system.kafkaBootstrapServers());
        kafka.send(Topics.JOBS, key, "this is not a job message");

        JsonNode letter = await().atMost(Duration.ofSeconds(30)).until(() -> find(key), found -> found != null);
        assertThat(letter.get("message").asString()).isEqualTo("this is not a job message");
        assertThat(letter.get("error").asString()).contains("unreadable message");
        assertThat(letter.get("original_topic").asString()).isEqualTo(Topics.JOBS);
        assertThat(letter.get("requeued_at").isNull()).isTrue();
        String id = letter.get("id").asString();

        Http.Response one = system.admin().get("/v1/admin/dead-letters/" + id);
        assertThat(one.status()).isEqualTo(200);
        assertThat(one.json().get("job_id").asString()).isEqualTo(key);

        Http.Response requeued =
                system.admin().post("/v1/admin/dead-letters/" + id + "/requeue", "application/json", "");
        assertThat(requeued.status()).as(requeued.text()).isEqualTo(202);
        assertThat(requeued.json().get("requeued_at").isNull()).isFalse();
        assertThat(kafka.readAll(Topics.JOBS, Duration.ofSeconds(3)))
                .filteredOn(record -> key.equals(record.key()))
                .as("the original and the requeued message")
                .hasSize(2);

        Http.Response again = system.admin().post("/v1/admin/dead-letters/" + id + "/requeue", "application/json", "");
        assertThat(again.status()).isEqualTo(409);
        assertThat(again.header("Content-Type")).startsWith("application/problem+json");
        assertThat(system.admin()
                        .get("/v1/admin/dead-letters/" + id)
                        .json()
                        .get("requeued_at")
                        .isNull())
                .isFalse();
    }

    @Test
    void badAndUnknownDeadLetterIdsAreProblems() {
        Http.Response bad = system.admin().get("/v1/admin/dead-letters/not-an-id");
        assertThat(bad.status()).isEqualTo(400);
        assertThat(bad.json().at("/errors/0/field").asString()).isEqualTo("id");

        Http.Response badLimit = system.admin().get("/v1/admin/dead-letters?limit=0");
        assertThat(badLimit.status()).isEqualTo(400);
        assertThat(badLimit.json().at("/errors/0/field").asString()).isEqualTo("limit");

        Http.Response unknown = system.admin().get("/v1/admin/dead-letters/0-999999999");
        assertThat(unknown.status()).isEqualTo(404);
        assertThat(unknown.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void everyOpsRouteIsForAdminsOnly() {
        Http anonymous = system.http().anonymous();
        Http user = system.http();
        List<Function<Http, Http.Response>> routes = List.of(
                h -> h.get("/v1/admin/ops"),
                h -> h.get("/v1/admin/dead-letters"),
                h -> h.get("/v1/admin/dead-letters/0-0"),
                h -> h.post("/v1/admin/dead-letters/0-0/requeue", "application/json", ""),
                h -> h.get("/actuator/prometheus"));
        for (var route : routes) {
            assertThat(route.apply(anonymous).status()).isEqualTo(401);
            assertThat(route.apply(user).status()).isEqualTo(403);
            assertThat(route.apply(system.admin()).status()).isNotIn(401, 403);
        }
    }

    @Test
    void theManagementPortServesHealthAndMetricsWithoutAKeyAndNothingElse() {
        Http management = system.apiManagement();

        assertThat(management.get("/actuator/prometheus").status()).isEqualTo(200);
        assertThat(management.get("/actuator/health/liveness").status()).isEqualTo(200);
        assertThat(management.get("/v1/jobs").status()).isIn(401, 403);
        assertThat(management.get("/").status()).isIn(401, 403);
        assertThat(management.get("/actuator/env").status()).isIn(401, 403);
    }

    @Test
    void readinessOfApiAndWorkerCoversMongoKafkaAndS3() {
        for (Http management : List.of(
                system.apiManagement(), ArtGenSystem.management(system.workers().getFirst()))) {
            Http.Response readiness = management.get("/actuator/health/readiness");
            assertThat(readiness.status()).as(readiness.text()).isEqualTo(200);
            JsonNode components = readiness.json().get("components");
            for (String component : List.of("mongo", "kafka", "s3", "readinessState")) {
                assertThat(components.at("/" + component + "/status").asString())
                        .as(component)
                        .isEqualTo("UP");
            }
        }
    }

    @Test
    void healthIsDownWhenKafkaOrS3CannotBeReached() throws Exception {
        int deadPort;
        try (ServerSocket socket = new ServerSocket(0)) {
            deadPort = socket.getLocalPort();
        }
        try (Admin kafka = Admin.create(Map.of(
                AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG,
                "127.0.0.1:" + deadPort,
                AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG,
                2000,
                AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG,
                1000))) {
            assertThat(new KafkaHealth(kafka, Duration.ofSeconds(1)).health().getStatus())
                    .isEqualTo(Status.DOWN);
        }
        MinioClient s3 = MinioClient.builder()
                .endpoint("http://127.0.0.1:" + deadPort)
                .credentials("artgen", "not-a-secret")
                .build();
        assertThat(new S3Health(s3, "artgen-images").health().getStatus()).isEqualTo(Status.DOWN);
    }

    private JsonNode find(String key) {
        Http.Response list = system.admin().get("/v1/admin/dead-letters?limit=100");
        assertThat(list.status()).as(list.text()).isEqualTo(200);
        for (JsonNode letter : list.json()) {
            if (letter.path("job_id").isString()
                    && key.equals(letter.get("job_id").asString())) {
                return letter;
            }
        }
        return null;
    }
}
