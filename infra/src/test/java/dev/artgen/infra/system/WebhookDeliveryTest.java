package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import com.standardwebhooks.Webhook;
import dev.artgen.common.webhook.Delivery;
import dev.artgen.common.webhook.DeliveryState;
import dev.artgen.infra.system.Receiver.Answer;
import dev.artgen.infra.system.Receiver.Received;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * Webhooks end to end against a real receiver on loopback (allowed here by configuration): signed
 * so an independent verifier accepts them, retried on a short schedule, never redirected, stopped
 * by 410, and carried on by another worker after a restart.
 */
class WebhookDeliveryTest {

    private static final Map<String, Object> SETTINGS = Map.ofEntries(
            Map.entry("artgen.webhooks.allow-loopback", "true"),
            Map.entry("artgen.webhooks.poll-interval", "100ms"),
            Map.entry("artgen.webhooks.lease", "3s"),
            Map.entry("artgen.webhooks.timeout", "1s"),
            Map.entry("artgen.webhooks.connect-timeout", "1s"),
            Map.entry("artgen.webhooks.retry.initial-delay", "300ms"),
            Map.entry("artgen.webhooks.retry.multiplier", "2"),
            Map.entry("artgen.webhooks.retry.max-delay", "3s"),
            Map.entry("artgen.webhooks.retry.max-attempts", "6"),
            Map.entry("artgen.webhooks.retry.jitter", "0"),
            Map.entry("artgen.webhooks.disable-after", "4s"));

    private static ArtGenSystem system;
    private static Receiver receiver;
    private static JobClient jobs;

    @BeforeAll
    static void start() throws Exception {
        receiver = new Receiver();
        system = ArtGenSystem.startWithoutWorkers(SETTINGS);
        system.startWorker(Map.of());
        jobs = new JobClient(system.http());
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
        receiver.close();
    }

    @Test
    void aJobsWebhookIsSignedAndCarriesTheJobAsTheApiShowsIt() throws Exception {
        String id = submitWithWebhook("/signed", "job.completed");

        List<Received> calls = awaitCalls("/signed", 1);
        jobs.awaitState(id, "succeeded");

        Received call = calls.getFirst();
        new Webhook(jobSecret()).verify(call.body(), call.headers());
        JsonNode body = Http.JSON.readTree(call.body());
        assertThat(body.get("type").asString()).isEqualTo("job.succeeded");
        assertThat(body.get("data")).isEqualTo(jobs.get(id));
        assertThat(call.header("webhook-id")).startsWith("msg_");
        assertThat(call.header("content-type")).startsWith("application/json");
        // Exactly one call: the queued and running events were not asked for.
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> receiver.at("/signed").size() == 1);
        JsonNode log = deliveriesOf(id);
        assertThat(log).hasSize(1);
        assertThat(log.get(0).get("id").asString()).isEqualTo(call.header("webhook-id"));
        assertThat(log.get(0).get("state").asString()).isEqualTo("delivered");
        assertThat(log.get(0).at("/log/0/status").asInt()).isEqualTo(200);
        assertThat(log.get(0).get("next_attempt_at").isNull()).isTrue();
    }

    @Test
    void retriesAServerErrorWithBackoffAndTheSameWebhookIdUntilA2xx() throws Exception {
        receiver.script("/flaky", Answer.status(500), Answer.status(500));
        String id = submitWithWebhook("/flaky", "job.succeeded");

        List<Received> calls = awaitCalls("/flaky", 3);

        assertThat(calls)
                .extracting(c -> c.header("webhook-id"))
                .containsOnly(calls.getFirst().header("webhook-id"));
        for (Received call : calls) {
            new Webhook(jobSecret()).verify(call.body(), call.headers());
        }
        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(300));
        assertThat(Duration.between(calls.get(1).at(), calls.get(2).at()))
                .isGreaterThanOrEqualTo(Duration.ofMillis(600));
        JsonNode delivery = awaitDelivered(id);
        assertThat(delivery.get("attempts").asInt()).isEqualTo(3);
        assertThat(delivery.get("log").valueStream().map(a -> a.get("status").asInt()))
                .containsExactly(500, 500, 200);
    }

    @Test
    void aReceiverThatDoesNotAnswerInTimeIsTriedAgain() {
        receiver.script("/slow", new Answer(200, Map.of(), Duration.ofSeconds(3)));
        String id = submitWithWebhook("/slow", "job.succeeded");

        awaitCalls("/slow", 2);

        JsonNode delivery = awaitDelivered(id);
        assertThat(delivery.at("/log/0/outcome").asString()).isEqualTo("timeout");
        assertThat(delivery.at("/log/0/status").isNull()).isTrue();
        assertThat(delivery.at("/log/1/status").asInt()).isEqualTo(200);
    }

    @Test
    void honoursRetryAfter() {
        receiver.script("/busy", new Answer(503, Map.of("Retry-After", "2"), Duration.ZERO));
        submitWithWebhook("/busy", "job.succeeded");

        List<Received> calls = awaitCalls("/busy", 2);

        assertThat(Duration.between(calls.get(0).at(), calls.get(1).at()))
                .isGreaterThanOrEqualTo(Duration.ofSeconds(2));
    }

    @Test
    void doesNotFollowRedirects() {
        receiver.script("/moved", new Answer(302, Map.of("Location", receiver.url("/elsewhere")), Duration.ZERO));
        String id = submitWithWebhook("/moved", "job.succeeded");

        awaitCalls("/moved", 2);

        assertThat(receiver.at("/elsewhere")).isEmpty();
        JsonNode delivery = awaitDelivered(id);
        assertThat(delivery.at("/log/0/outcome").asString()).isEqualTo("redirect");
        assertThat(delivery.at("/log/0/status").asInt()).isEqualTo(302);
    }

    @Test
    void anEndpointThatAnswers410IsDisabledAndTheUserSeesWhy() {
        receiver.script("/gone", Answer.status(410));
        String endpoint = register("/gone").get("id").asString();
        String first = jobs.submit(job("to a gone endpoint", "size", "256x256"))
                .get("id")
                .asString();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !system.http()
                        .get("/v1/webhooks/" + endpoint)
                        .json()
                        .get("enabled")
                        .asBoolean());

        JsonNode shown = system.http().get("/v1/webhooks/" + endpoint).json();
        assertThat(shown.get("disabled_reason").asString()).contains("410");
        assertThat(shown.has("secret")).isFalse();
        JsonNode delivery = system.http()
                .get("/v1/webhooks/" + endpoint + "/deliveries")
                .json()
                .get("data")
                .get(0);
        assertThat(delivery.get("job_id").asString()).isEqualTo(first);
        assertThat(delivery.get("state").asString()).isEqualTo("failed");
        assertThat(delivery.at("/log/0/outcome").asString()).isEqualTo("gone");

        jobs.awaitState(
                jobs.submit(job("after it was gone", "size", "256x256"))
                        .get("id")
                        .asString(),
                "succeeded");
        await().during(Duration.ofSeconds(1))
                .atMost(Duration.ofSeconds(3))
                .until(() -> receiver.at("/gone").size() == 1);
        Http.Response redeliver = system.http()
                .post("/v1/webhook-deliveries/" + delivery.get("id").asString() + "/redeliver", "application/json", "");
        assertThat(redeliver.status()).isEqualTo(409);
        assertThat(redeliver.json().get("detail").asString()).contains("disabled");
    }

    @Test
    void anEndpointFailingForLongerThanAllowedIsDisabledWithTheReason() {
        receiver.script(
                "/down",
                java.util.stream.Stream.generate(() -> Answer.status(500))
                        .limit(50)
                        .toArray(Answer[]::new));
        String endpoint = register("/down").get("id").asString();
        jobs.submit(job("to a dead endpoint", "size", "256x256"));

        await().atMost(Duration.ofSeconds(30))
                .until(() -> !system.http()
                        .get("/v1/webhooks/" + endpoint)
                        .json()
                        .get("enabled")
                        .asBoolean());

        assertThat(system.http()
                        .get("/v1/webhooks/" + endpoint)
                        .json()
                        .get("disabled_reason")
                        .asString())
                .contains("Every attempt has failed since")
                .contains("HTTP 500");
        system.http().delete("/v1/webhooks/" + endpoint);
    }

    @Test
    void afterARotationBothSecretsSignUntilTheOverlapEnds() throws Exception {
        JsonNode created = register("/rotating");
        String endpoint = created.get("id").asString();
        String oldSecret = created.get("secret").asString();
        JsonNode rotated = system.http()
                .post("/v1/webhooks/" + endpoint + "/rotate-secret", "application/json", "")
                .json();
        String newSecret = rotated.get("secret").asString();
        assertThat(newSecret).startsWith("whsec_").isNotEqualTo(oldSecret);
        assertThat(rotated.get("previous_secret_valid_until").asString()).isNotBlank();

        String id = jobs.submit(job("rotated", "size", "256x256")).get("id").asString();
        Received call = await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> receiver.at("/rotating").stream()
                                .filter(c -> c.body().contains(id))
                                .findFirst(),
                        found -> found.isPresent())
                .orElseThrow();

        assertThat(call.header("webhook-signature").split(" ")).hasSize(2);
        new Webhook(newSecret).verify(call.body(), call.headers());
        new Webhook(oldSecret).verify(call.body(), call.headers());
        system.http().delete("/v1/webhooks/" + endpoint);
    }

    @Test
    void aDeliveryCanBeSentAgainByHandWithTheSameId() {
        String id = submitWithWebhook("/again", "job.succeeded");
        String deliveryId = awaitDelivered(id).get("id").asString();

        Http.Response redeliver =
                system.http().post("/v1/webhook-deliveries/" + deliveryId + "/redeliver", "application/json", "");

        assertThat(redeliver.status()).as(redeliver.text()).isEqualTo(200);
        List<Received> calls = awaitCalls("/again", 2);
        assertThat(calls.get(1).header("webhook-id")).isEqualTo(deliveryId);
        assertThat(calls.get(1).body()).isEqualTo(calls.get(0).body());
    }

    @Test
    void aWorkerRestartMidScheduleStillDelivers() {
        receiver.script(
                "/restart",
                java.util.stream.Stream.generate(() -> Answer.status(500))
                        .limit(50)
                        .toArray(Answer[]::new));
        String id = submitWithWebhook("/restart", "job.succeeded");
        awaitCalls("/restart", 1);

        system.workers().forEach(worker -> worker.close());
        Delivery pending = system.mongo().findAll(Delivery.class).stream()
                .filter(d -> d.jobId().equals(id))
                .findFirst()
                .orElseThrow();
        assertThat(pending.state()).isEqualTo(DeliveryState.PENDING);
        int triedBefore = receiver.at("/restart").size();
        receiver.recover("/restart");

        system.startWorker(Map.of());

        JsonNode delivery = awaitDelivered(id);
        assertThat(delivery.get("attempts").asInt()).isGreaterThan(triedBefore - 1);
        assertThat(receiver.at("/restart"))
                .extracting(c -> c.header("webhook-id"))
                .containsOnly(pending.id());
    }

    @Test
    void refusesAWebhookThatPointsInsideEvenWhenLoopbackIsAllowed() {
        Http.Response response = system.http()
                .postJson(
                        "/v1/jobs",
                        system.http()
                                .json(job(
                                        "to the metadata service",
                                        "webhook",
                                        Map.of("url", "http://169.254.169.254/latest/meta-data/"))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("webhook.url");
    }

    private static String submitWithWebhook(String path, String... events) {
        return jobs.submit(job(
                        "called back at " + path,
                        "size",
                        "256x256",
                        "webhook",
                        Map.of("url", receiver.url(path), "events", List.of(events))))
                .get("id")
                .asString();
    }

    private static JsonNode register(String path) {
        Http.Response created = system.http()
                .postJson(
                        "/v1/webhooks",
                        system.http()
                                .json(Map.of(
                                        "url", receiver.url(path),
                                        "events", List.of("job.succeeded"),
                                        "description", "test " + path)));
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("secret").asString()).startsWith("whsec_");
        return created.json();
    }

    private static String jobSecret() {
        return system.http().get("/v1/webhooks/job-secret").json().get("secret").asString();
    }

    private static List<Received> awaitCalls(String path, int count) {
        return await().atMost(Duration.ofSeconds(30)).until(() -> receiver.at(path), calls -> calls.size() >= count);
    }

    private static JsonNode deliveriesOf(String jobId) {
        Http.Response response = system.http().get("/v1/jobs/" + jobId + "/deliveries");
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json().get("data");
    }

    private static JsonNode awaitDelivered(String jobId) {
        return await().atMost(Duration.ofSeconds(30))
                .until(
                        () -> deliveriesOf(jobId),
                        log -> log.size() == 1
                                && log.get(0).get("state").asString().equals("delivered"))
                .get(0);
    }
}
