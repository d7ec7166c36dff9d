package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.Usage;
import dev.artgen.common.messaging.Topics;
import dev.artgen.infra.openai.EmulatorSettings;
import dev.artgen.infra.openai.Faults;
import dev.artgen.infra.openai.OpenAiEmulator;
import dev.artgen.worker.provider.Generation;
import dev.artgen.worker.provider.ImageProvider;
import dev.artgen.worker.provider.ProviderFailure;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.header.Header;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.boot.test.system.CapturedOutput;
import org.springframework.boot.test.system.OutputCaptureExtension;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;

/**
 * A scripted run — a job that succeeds (with a webhook), one that succeeds on its second attempt,
 * one the provider refuses, one canceled while running — and what the operator sees of it: the
 * Prometheus scrapes of api and worker, the dashboards' and alerts' series, and one trace followed
 * from the HTTP request through Kafka and the worker to the webhook call and the log lines.
 */
@ExtendWith(OutputCaptureExtension.class)
class ObservabilityTest {

    private static final String KEY = "sk-artgen-observe-0123456789";
    private static final String OPENAI_MODEL = "gpt-image-2.5-flare";
    /** The caller's own trace (W3C traceparent), which ArtGen must continue rather than replace. */
    private static final String TRACE_ID = "4bf92f3577b34da6a3ce929d0e0e4736";

    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    private static ArtGenSystem system;
    private static ConfigurableApplicationContext worker;
    private static Receiver receiver;
    private static CapturedOutput logs;
    private static String traced;
    private static String flaky;

    @BeforeAll
    static void scriptedRun(CapturedOutput output) throws Exception {
        logs = output;
        OpenAiEmulator emulator = OpenAiEmulator.start(
                0,
                EmulatorSettings.defaults()
                        .withApiKey(KEY)
                        .withFaults(Faults.none().withModerationRate(1.0)));
        system = ArtGenSystem.withOpenAi(emulator, KEY, Map.of("artgen.webhooks.allow-loopback", "true"));
        worker = system.startWorker(Map.of("artgen.webhooks.poll-interval", "100ms"), ScriptedLocalModel.class);
        receiver = new Receiver();
        system.alsoClose(receiver);

        JobClient jobs = new JobClient(system.http());
        String slow = jobs.submit(job("slow")).get("id").asString();
        jobs.awaitState(slow, "running");
        assertThat(system.http()
                        .post("/v1/jobs/" + slow + "/cancel", "application/json", "")
                        .status())
                .isEqualTo(200);
        JobClient tracedCaller =
                new JobClient(system.http().withHeader("traceparent", "00-" + TRACE_ID + "-00f067aa0ba902b7-01"));
        traced = tracedCaller
                .submit(job("a lighthouse", "webhook", Map.of("url", receiver.url("/hook"))))
                .get("id")
                .asString();
        flaky = jobs.submit(job("flaky once")).get("id").asString();
        String refused =
                jobs.submit(job("a cat", "model", OPENAI_MODEL)).get("id").asString();

        jobs.awaitState(traced, "succeeded");
        jobs.awaitState(flaky, "succeeded");
        jobs.awaitState(refused, "failed");
        // The canceled job's provider call still ends (its result is then refused): wait for it.
        await().atMost(Duration.ofSeconds(20))
                .until(() -> Scrape.of(workerPort())
                                .sum("artgen_provider_calls_total", "provider", "local", "outcome", "success")
                        == 3);
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    @Test
    void theApiCountsSubmissionsAndCancellationsByModel() {
        Scrape api = Scrape.of(system.apiManagement());

        assertThat(api.sum("artgen_jobs_submitted_total", "model", "artgen-local"))
                .isEqualTo(3);
        assertThat(api.sum("artgen_jobs_submitted_total", "model", OPENAI_MODEL))
                .isEqualTo(1);
        assertThat(api.sum("artgen_jobs_canceled_total", "model", "artgen-local"))
                .isEqualTo(1);
        assertThat(api.sum("artgen_job_latency_seconds_count", "outcome", "canceled"))
                .isEqualTo(1);
        assertThat(api.sum("artgen_jobs_queued")).isZero();
        assertThat(api.sum("artgen_workers_alive")).isEqualTo(1);
        assertThat(api.has("artgen_kafka_consumer_lag", "group", "artgen-workers", "topic", Topics.JOBS))
                .isTrue();
        assertThat(api.has("artgen_live_sessions", "transport", "websocket")).isTrue();
        assertThat(api.sum("http_server_requests_seconds_count", "uri", "/v1/jobs", "method", "POST"))
                .isEqualTo(4);
        assertThat(api.names()).contains("jvm_memory_used_bytes", "artgen_rate_limit_rejections_total");
    }

    @Test
    void theWorkerCountsStartsEndsRetriesProviderCallsAndSpend() {
        Scrape worker = Scrape.of(workerPort());

        assertThat(worker.sum("artgen_jobs_started_total", "model", "artgen-local"))
                .as("traced, flaky twice, slow")
                .isEqualTo(4);
        assertThat(worker.sum("artgen_jobs_started_total", "model", OPENAI_MODEL))
                .isEqualTo(1);
        assertThat(worker.sum("artgen_jobs_succeeded_total", "model", "artgen-local"))
                .isEqualTo(2);
        assertThat(worker.sum("artgen_jobs_retried_total", "model", "artgen-local", "reason", "upstream_error"))
                .isEqualTo(1);
        assertThat(worker.sum("artgen_jobs_failed_total", "model", OPENAI_MODEL, "reason", "content_policy"))
                .isEqualTo(1);
        assertThat(worker.sum(
                        "artgen_provider_calls_total",
                        "provider",
                        "openai",
                        "outcome",
                        "permanent",
                        "reason",
                        "content_policy"))
                .isEqualTo(1);
        assertThat(worker.sum("artgen_provider_calls_total", "provider", "local", "outcome", "transient"))
                .isEqualTo(1);
        assertThat(worker.sum("artgen_provider_call_seconds_count")).isEqualTo(5);
        assertThat(worker.sum("artgen_job_queue_wait_seconds_count"))
                .as("first attempts")
                .isEqualTo(4);
        assertThat(worker.sum("artgen_job_run_seconds_count", "outcome", "succeeded"))
                .isEqualTo(2);
        assertThat(worker.sum("artgen_job_run_seconds_count", "outcome", "failed"))
                .isEqualTo(1);
        assertThat(worker.sum("artgen_images_total", "model", "artgen-local")).isEqualTo(2);
        assertThat(worker.sum("artgen_tokens_total", "model", "artgen-local", "kind", "output"))
                .isEqualTo(40);
        assertThat(worker.sum("artgen_cost_usd_total", "model", "artgen-local"))
                .isCloseTo(0.02, org.assertj.core.data.Offset.offset(1e-9));
        assertThat(worker.sum("artgen_provider_circuit_open", "provider", "openai"))
                .isZero();
        assertThat(worker.sum("artgen_worker_jobs_in_flight")).isZero();
        assertThat(worker.sum("artgen_worker_jobs_slots")).isEqualTo(256);
        await().atMost(Duration.ofSeconds(20))
                .until(() ->
                        Scrape.of(workerPort()).sum("artgen_webhook_deliveries_total", "outcome", "delivered") >= 1);
    }

    @Test
    void oneTraceFollowsTheJobFromTheRequestThroughKafkaAndTheWorkerToTheWebhookAndTheLogs() throws Exception {
        List<ConsumerRecord<String, String>> records =
                new Kafka(system.kafkaBootstrapServers()).readAll(Topics.JOBS, Duration.ofSeconds(3));
        ConsumerRecord<String, String> dispatched = records.stream()
                .filter(record -> traced.equals(record.key()))
                .findFirst()
                .orElseThrow();
        Header traceparent = dispatched.headers().lastHeader("traceparent");
        assertThat(traceparent).isNotNull();
        assertThat(new String(traceparent.value(), StandardCharsets.UTF_8)).contains(TRACE_ID);

        await().atMost(Duration.ofSeconds(20)).until(() -> !receiver.at("/hook").isEmpty());
        assertThat(receiver.at("/hook").getFirst().header("traceparent")).contains(TRACE_ID);

        assertThat(logs.getOut().lines())
                .anyMatch(line -> line.contains(TRACE_ID) && line.contains("Job " + traced + " queued"))
                .anyMatch(line -> line.contains(TRACE_ID) && line.contains("Job " + traced + " succeeded"));
    }

    @Test
    void everySeriesTheDashboardsAndAlertRulesUseIsExported() throws Exception {
        var exported = new java.util.TreeSet<String>();
        exported.addAll(Scrape.of(system.apiManagement()).names());
        exported.addAll(Scrape.of(workerPort()).names());

        OpsAssets assets = OpsAssets.load();

        assertThat(assets.expressions()).hasSizeGreaterThan(10);
        assets.expressions()
                .forEach((where, expression) -> assertThat(PromQl.metricNames(expression))
                        .as("%s: %s", where, expression)
                        .isNotEmpty()
                        .allSatisfy(name -> assertThat(exported)
                                .as("%s uses %s, which ArtGen does not export", where, name)
                                .contains(name)));
    }

    private static Http workerPort() {
        return ArtGenSystem.management(worker);
    }

    /**
     * Stands in for the local model with scripted behaviour: "flaky once" fails transiently on its
     * first call, "slow" takes five seconds, anything else makes one tiny picture with some usage.
     */
    @Configuration(proxyBeanMethods = false)
    static class ScriptedLocalModel {

        @Bean
        static BeanDefinitionRegistryPostProcessor withoutTheRealLocalModel() {
            return LocalModelStandIn.withoutTheRealLocalModel();
        }

        @Bean
        ImageProvider scripted() {
            return new ImageProvider() {
                @Override
                public String name() {
                    return "local";
                }

                @Override
                public Generation generate(String jobId, GenerationRequest request) throws InterruptedException {
                    int call = CALLS.computeIfAbsent(jobId, id -> new AtomicInteger())
                            .incrementAndGet();
                    if (request.prompt().equals("flaky once") && call == 1) {
                        throw new ProviderFailure.Transient("upstream_error", "The provider answered 503.", null);
                    }
                    if (request.prompt().equals("slow")) {
                        Thread.sleep(5_000);
                    }
                    return new Generation(
                            List.of(new Generation.Picture(new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 256, 256, "png")),
                            new Usage(1, 10, 20, new BigDecimal("0.01")));
                }
            };
        }
    }
}
