package dev.artgen.worker.provider;

import dev.artgen.common.job.GenerationRequest;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;

/**
 * Measures every provider call of a job: how long, and how it ended. The outcome is the failure
 * family ({@code transient} calls are retried, {@code permanent} ones end the job) and the reason is
 * the failure's stable code, so both stay bounded.
 */
class MeteredProvider implements ImageProvider {

    private static final Duration[] BUCKETS = {
        Duration.ofMillis(50),
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(120)
    };

    private final ImageProvider provider;
    private final MeterRegistry registry;

    MeteredProvider(ImageProvider provider, MeterRegistry registry) {
        this.provider = provider;
        this.registry = registry;
    }

    @Override
    public String name() {
        return provider.name();
    }

    @Override
    public Generation generate(String jobId, GenerationRequest request) throws InterruptedException {
        Timer.Sample sample = Timer.start(registry);
        String outcome = "success";
        String reason = "none";
        try {
            return provider.generate(jobId, request);
        } catch (ProviderFailure.Transient failure) {
            outcome = "transient";
            reason = failure.code();
            throw failure;
        } catch (ProviderFailure.Permanent failure) {
            outcome = "permanent";
            reason = failure.code();
            throw failure;
        } catch (InterruptedException stopping) {
            outcome = "interrupted";
            throw stopping;
        } catch (RuntimeException unexpected) {
            outcome = "transient";
            reason = "internal_error";
            throw unexpected;
        } finally {
            sample.stop(Timer.builder("artgen.provider.call")
                    .description("Provider calls for one job attempt, all pictures")
                    .tags("provider", provider.name(), "model", request.model())
                    .serviceLevelObjectives(BUCKETS)
                    .register(registry));
            Counter.builder("artgen.provider.calls")
                    .description("Provider calls by outcome (success, transient, permanent) and reason")
                    .tags("provider", provider.name(), "model", request.model(), "outcome", outcome, "reason", reason)
                    .register(registry)
                    .increment();
        }
    }
}
