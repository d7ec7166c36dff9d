package dev.artgen.worker.run;

import dev.artgen.common.job.JobProperties;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.messaging.JobDispatch;
import dev.artgen.common.messaging.JobEventPublisher;
import dev.artgen.common.messaging.MessageCodec;
import dev.artgen.common.messaging.Topics;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.common.usage.UsageLedger;
import dev.artgen.common.worker.Workers;
import dev.artgen.worker.provider.Providers;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.observation.ObservationRegistry;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.util.UUID;
import org.apache.kafka.common.TopicPartition;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** Wires job consumption: listener, runner, lease keeper, sweeper and the dead-letter policy. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(WorkerProperties.class)
class RunConfiguration {

    @Bean
    InFlight inFlight() {
        return new InFlight();
    }

    @Bean
    JobExecution jobExecution(
            Jobs jobs,
            Providers providers,
            ImageStore store,
            UsageLedger usage,
            JobEventPublisher events,
            WorkerProperties properties,
            Clock clock) {
        return new JobExecution(jobs, providers, store, usage, events, properties, clock);
    }

    @Bean
    JobRunner jobRunner(
            Jobs jobs,
            JobExecution execution,
            InFlight inFlight,
            WorkerProperties properties,
            Clock clock,
            ObservationRegistry observations,
            WorkerId workerId) {
        return new JobRunner(jobs, execution, inFlight, properties, workerId.value(), clock, observations);
    }

    /** This process's name in leases and in the workers collection. */
    @Bean
    WorkerId workerId(WorkerProperties properties) {
        return new WorkerId(workerName(properties));
    }

    @Bean
    WorkerHeartbeat workerHeartbeat(
            Workers workers, InFlight inFlight, WorkerProperties properties, WorkerId workerId, Clock clock) {
        return new WorkerHeartbeat(workers, inFlight, properties, workerId.value(), clock);
    }

    /** Jobs in flight and the slots for them, per worker (Prometheus' instance label tells workers apart). */
    @Bean
    MeterBinder inFlightMetrics(InFlight inFlight, WorkerProperties properties) {
        return registry -> {
            Gauge.builder("artgen.worker.jobs.in.flight", inFlight, InFlight::size)
                    .description("Jobs this worker is running now")
                    .register(registry);
            Gauge.builder("artgen.worker.jobs.slots", properties, WorkerProperties::maxInFlight)
                    .description("Jobs this worker runs at most at once")
                    .register(registry);
        };
    }

    @Bean
    JobListener jobListener(MessageCodec codec, JobRunner runner) {
        return new JobListener(codec, runner);
    }

    @Bean
    LeaseKeeper leaseKeeper(Jobs jobs, InFlight inFlight, WorkerProperties properties, Clock clock) {
        return new LeaseKeeper(jobs, inFlight, properties, clock);
    }

    @Bean
    JobSweeper jobSweeper(
            Jobs jobs, JobDispatch dispatch, JobEventPublisher events, JobProperties jobProperties, Clock clock) {
        return new JobSweeper(jobs, dispatch, events, jobProperties, clock);
    }

    /**
     * Unreadable messages go to the dead-letter topic at once; anything else (MongoDB briefly away)
     * is retried with backoff first. The job itself stays queued in MongoDB either way, so the
     * sweeper's re-dispatch still runs it.
     */
    @Bean
    DefaultErrorHandler jobErrorHandler(KafkaTemplate<String, String> kafka) {
        var recoverer = new DeadLetterPublishingRecoverer(
                kafka, (record, failure) -> new TopicPartition(Topics.JOBS_DEAD_LETTER, -1));
        var backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(10_000);
        backOff.setMaxElapsedTime(60_000);
        var handler = new DefaultErrorHandler(recoverer, backOff);
        handler.addNotRetryableExceptions(MessageCodec.UnreadableMessage.class);
        return handler;
    }

    private static String workerName(WorkerProperties properties) {
        if (properties.id() != null && !properties.id().isBlank()) {
            return properties.id();
        }
        String host;
        try {
            host = InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            host = "worker";
        }
        return host + "-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
    }
}
