package dev.artgen.common.metrics;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobState;
import dev.artgen.common.messaging.JobEvent;
import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.time.Instant;
import org.springframework.context.event.EventListener;

/**
 * Counts job state changes where they happen: the api counts submissions and cancellations, the
 * workers starts, retries and ends. Tags stay bounded: {@code model} comes from the catalogue,
 * {@code reason} from ArtGen's own error codes, {@code outcome} from {@link JobState}.
 */
public class JobMetrics {

    /** Histogram buckets from a quick local render to a slow, retried provider call. */
    private static final Duration[] BUCKETS = {
        Duration.ofMillis(100),
        Duration.ofMillis(250),
        Duration.ofMillis(500),
        Duration.ofSeconds(1),
        Duration.ofSeconds(2),
        Duration.ofSeconds(5),
        Duration.ofSeconds(10),
        Duration.ofSeconds(30),
        Duration.ofSeconds(60),
        Duration.ofSeconds(120),
        Duration.ofSeconds(300),
        Duration.ofSeconds(600)
    };

    private final MeterRegistry registry;

    public JobMetrics(MeterRegistry registry) {
        this.registry = registry;
    }

    @EventListener
    public void onJobEvent(JobEvent event) {
        Job job = event.job();
        if (job == null || job.request() == null) {
            return;
        }
        String model = job.request().model();
        switch (job.state()) {
            case QUEUED -> {
                if (job.attempts() == 0) {
                    counter("artgen.jobs.submitted", "Jobs accepted by the api", model)
                            .increment();
                } else {
                    Counter.builder("artgen.jobs.retried")
                            .description("Attempts that ended in a retry (transient failure or lost worker)")
                            .tags("model", model, "reason", reason(job))
                            .register(registry)
                            .increment();
                }
            }
            case RUNNING -> {
                counter("artgen.jobs.started", "Attempts claimed by a worker", model)
                        .increment();
                if (job.attempts() == 1) {
                    timer("artgen.job.queue.wait", "From submission to the first claim", model, null)
                            .record(between(job.createdAt(), job.startedAt()));
                }
            }
            case SUCCEEDED -> {
                counter("artgen.jobs.succeeded", "Jobs that made their pictures", model)
                        .increment();
                ended(job, model);
                usage(job, model);
            }
            case FAILED -> {
                Counter.builder("artgen.jobs.failed")
                        .description("Jobs that ended failed, by error code")
                        .tags("model", model, "reason", reason(job))
                        .register(registry)
                        .increment();
                ended(job, model);
            }
            case CANCELED -> {
                counter("artgen.jobs.canceled", "Jobs canceled by their owner", model)
                        .increment();
                ended(job, model);
            }
        }
    }

    private void ended(Job job, String model) {
        String outcome = job.state().wireName();
        if (job.startedAt() != null && job.state() != JobState.CANCELED) {
            timer("artgen.job.run", "The last attempt's running time", model, outcome)
                    .record(between(job.startedAt(), job.finishedAt()));
        }
        timer("artgen.job.latency", "From submission to the end, all attempts and waits included", model, outcome)
                .record(between(job.createdAt(), job.finishedAt()));
    }

    private void usage(Job job, String model) {
        if (job.usage() == null) {
            return;
        }
        Counter.builder("artgen.images")
                .description("Pictures made")
                .tag("model", model)
                .register(registry)
                .increment(job.usage().images());
        tokens(model, "input").increment(job.usage().inputTokens());
        tokens(model, "output").increment(job.usage().outputTokens());
        if (job.usage().costUsd() != null) {
            Counter.builder("artgen.cost")
                    .baseUnit("usd")
                    .description("Estimated provider cost of finished jobs, from the price table")
                    .tag("model", model)
                    .register(registry)
                    .increment(job.usage().costUsd().doubleValue());
        }
    }

    private Counter tokens(String model, String kind) {
        return Counter.builder("artgen.tokens")
                .description("Provider tokens consumed")
                .tags("model", model, "kind", kind)
                .register(registry);
    }

    private Counter counter(String name, String description, String model) {
        return Counter.builder(name)
                .description(description)
                .tag("model", model)
                .register(registry);
    }

    private Timer timer(String name, String description, String model, String outcome) {
        Timer.Builder builder = Timer.builder(name)
                .description(description)
                .tag("model", model)
                .serviceLevelObjectives(BUCKETS)
                .minimumExpectedValue(BUCKETS[0])
                .maximumExpectedValue(BUCKETS[BUCKETS.length - 1]);
        if (outcome != null) {
            builder.tag("outcome", outcome);
        }
        return builder.register(registry);
    }

    private static String reason(Job job) {
        return job.error() == null || job.error().code() == null
                ? "unknown"
                : job.error().code();
    }

    private static Duration between(Instant from, Instant to) {
        if (from == null || to == null || to.isBefore(from)) {
            return Duration.ZERO;
        }
        return Duration.between(from, to);
    }
}
