package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.Usage;
import dev.artgen.worker.provider.Generation;
import dev.artgen.worker.provider.ImageProvider;
import dev.artgen.worker.provider.ProviderFailure;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import tools.jackson.databind.JsonNode;

/**
 * Failures classified by the provider decide what happens: transient ones are retried with backoff
 * up to the attempt budget, permanent ones end the job at once with the reason.
 */
class ProviderFailureTest {

    /** Calls per job id, to count what the worker really did. */
    static final Map<String, AtomicInteger> CALLS = new ConcurrentHashMap<>();

    private static ArtGenSystem system;
    private static JobClient jobs;

    @BeforeAll
    static void start() throws Exception {
        system = ArtGenSystem.startWithoutWorkers();
        system.startWorker(Map.of(), ScriptedProvider.class);
        jobs = new JobClient(system.http());
    }

    @AfterAll
    static void stop() throws Exception {
        system.close();
    }

    @Test
    void jobThatKeepsFailingTransientlyEndsFailedAfterItsAttemptBudget() {
        String id = jobs.submit(job("always rate limited", "size", "256x256"))
                .get("id")
                .asString();

        JsonNode failed = jobs.awaitState(id, "failed");

        assertThat(failed.get("attempts").asInt()).isEqualTo(3);
        assertThat(CALLS.get(id)).hasValue(3);
        assertThat(failed.at("/error/code").asString()).isEqualTo("rate_limited");
        assertThat(failed.at("/error/message").asString()).contains("gave up after 3 attempts");
    }

    @Test
    void permanentFailureEndsTheJobAtOnceWithItsReason() {
        String id = jobs.submit(job("refused by policy", "size", "256x256"))
                .get("id")
                .asString();

        JsonNode failed = jobs.awaitState(id, "failed");

        assertThat(failed.get("attempts").asInt()).isEqualTo(1);
        assertThat(CALLS.get(id)).hasValue(1);
        assertThat(failed.at("/error/code").asString()).isEqualTo("content_policy");
    }

    @Test
    void transientFailureThenSuccessSucceedsOnTheSecondAttempt() {
        String id = jobs.submit(job("flaky once", "size", "256x256")).get("id").asString();

        JsonNode done = jobs.awaitState(id, "succeeded");

        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(done.get("error").isNull()).isTrue();
        assertThat(done.get("images")).hasSize(1);
    }

    /**
     * A provider whose behaviour the prompt scripts, standing in for a remote API's failure modes. It
     * takes the local model's place (same provider name), so the catalogue stays as the api sees it.
     */
    @Configuration(proxyBeanMethods = false)
    static class ScriptedProvider {

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
                public Generation generate(String jobId, GenerationRequest request) {
                    int call = CALLS.computeIfAbsent(jobId, id -> new AtomicInteger())
                            .incrementAndGet();
                    return switch (request.prompt()) {
                        case "always rate limited" ->
                            throw new ProviderFailure.Transient("rate_limited", "Rate limit reached.", null);
                        case "refused by policy" ->
                            throw new ProviderFailure.Permanent("content_policy", "The prompt was refused.", null);
                        case "flaky once" -> {
                            if (call == 1) {
                                throw new ProviderFailure.Transient(
                                        "upstream_error", "The provider answered 503.", null);
                            }
                            yield new Generation(
                                    List.of(new Generation.Picture(
                                            new byte[] {(byte) 0x89, 'P', 'N', 'G'}, 256, 256, "png")),
                                    Usage.ofImages(1));
                        }
                        default -> throw new IllegalArgumentException("unscripted prompt " + request.prompt());
                    };
                }
            };
        }
    }
}
