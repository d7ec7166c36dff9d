package dev.artgen.api.ops;

import dev.artgen.common.job.JobState;
import dev.artgen.common.messaging.Topics;
import dev.artgen.common.worker.Workers;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import java.time.Clock;
import java.util.function.ToDoubleFunction;
import org.apache.kafka.clients.admin.Admin;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/** Wires the ops view, the management port and the system-wide gauges. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpsProperties.class)
class OpsConfiguration {

    @Bean
    ManagementPort managementPort(OpsProperties properties) {
        return new ManagementPort(properties);
    }

    @Bean
    QueueDepth queueDepth(MongoOperations mongo, Admin kafka) {
        return new QueueDepth(mongo, kafka);
    }

    @Bean
    DeadLetters deadLetters(
            ConsumerFactory<?, ?> consumers, KafkaTemplate<String, String> kafka, MongoOperations mongo, Clock clock) {
        return new DeadLetters(consumers, kafka, mongo, clock);
    }

    /**
     * Gauges of the whole system, read when Prometheus scrapes: every api instance reports the same
     * values, so dashboards take their max. NaN when a store did not answer.
     */
    @Bean
    MeterBinder systemMetrics(QueueDepth depth, Workers workers, OpsProperties properties, Clock clock) {
        return registry -> {
            gauge("artgen.jobs.queued", "Jobs waiting for a worker", depth, d -> d.jobs(JobState.QUEUED))
                    .register(registry);
            gauge("artgen.jobs.running", "Jobs a worker is running", depth, d -> d.jobs(JobState.RUNNING))
                    .register(registry);
            gauge(
                            "artgen.workers.alive",
                            "Workers that sent a heartbeat within artgen.ops.worker-timeout",
                            workers,
                            w -> w.seenSince(clock.instant().minus(properties.workerTimeout()))
                                    .size())
                    .register(registry);
            gauge("artgen.dead.letters", "Messages on the jobs' dead-letter topic", depth, d -> {
                        try {
                            return d.records(Topics.JOBS_DEAD_LETTER);
                        } catch (Exception e) {
                            return Double.NaN;
                        }
                    })
                    .register(registry);
            lag(properties.jobsGroup(), Topics.JOBS, depth).register(registry);
            lag(properties.webhooksGroup(), Topics.JOB_EVENTS, depth).register(registry);
        };
    }

    private static Gauge.Builder<QueueDepth> lag(String group, String topic, QueueDepth depth) {
        return gauge("artgen.kafka.consumer.lag", "Records on the topic the group has not consumed yet", depth, d -> {
                    Long lag = d.lag(group, topic).lag();
                    return lag == null ? Double.NaN : lag;
                })
                .tags("group", group, "topic", topic);
    }

    private static <T> Gauge.Builder<T> gauge(String name, String description, T source, ToDoubleFunction<T> value) {
        return Gauge.builder(name, source, s -> {
                    try {
                        return value.applyAsDouble(s);
                    } catch (RuntimeException e) {
                        return Double.NaN;
                    }
                })
                .description(description);
    }
}
