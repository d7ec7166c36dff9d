package dev.artgen.common.messaging;

import dev.artgen.common.job.Job;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes a {@link JobEvent} for a state change. Fire-and-forget: the job document already holds
 * the truth, events are how others hear about it quickly. Each event is also published inside this
 * process (an application event), which is where the job metrics count it.
 */
public class JobEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(JobEventPublisher.class);

    private final KafkaTemplate<String, String> kafka;
    private final MessageCodec codec;
    private final Clock clock;
    private final ApplicationEventPublisher local;

    public JobEventPublisher(
            KafkaTemplate<String, String> kafka, MessageCodec codec, Clock clock, ApplicationEventPublisher local) {
        this.kafka = kafka;
        this.codec = codec;
        this.clock = clock;
        this.local = local;
    }

    /**
     * Publishes and waits for the broker: for the first event of a job, which must be on the topic
     * before any worker can publish the next one.
     */
    public void publishedAndAcknowledged(Job job) {
        JobEvent event = JobEvent.of(job, clock.instant());
        try {
            kafka.send(Topics.JOB_EVENTS, job.id(), codec.write(event)).get(10, TimeUnit.SECONDS);
            local.publishEvent(event);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobDispatch.BrokerUnavailable(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new JobDispatch.BrokerUnavailable(e);
        }
    }

    public void published(Job job) {
        JobEvent event = JobEvent.of(job, clock.instant());
        local.publishEvent(event);
        kafka.send(Topics.JOB_EVENTS, job.id(), codec.write(event)).whenComplete((sent, failure) -> {
            if (failure != null) {
                log.warn("Could not publish {} event for job {}: {}", job.state(), job.id(), failure.getMessage());
            }
        });
    }
}
