package dev.artgen.common.messaging;

import dev.artgen.common.job.Job;
import java.time.Clock;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.kafka.core.KafkaTemplate;

/**
 * Publishes a {@link JobEvent} for a state change. Fire-and-forget: the job document already holds
 * the truth, events are how others hear about it quickly.
 */
public class JobEventPublisher {

    private static final Logger log = LoggerFactory.getLogger(JobEventPublisher.class);

    private final KafkaTemplate<String, String> kafka;
    private final MessageCodec codec;
    private final Clock clock;

    public JobEventPublisher(KafkaTemplate<String, String> kafka, MessageCodec codec, Clock clock) {
        this.kafka = kafka;
        this.codec = codec;
        this.clock = clock;
    }

    /**
     * Publishes and waits for the broker: for the first event of a job, which must be on the topic
     * before any worker can publish the next one.
     */
    public void publishedAndAcknowledged(Job job) {
        try {
            kafka.send(Topics.JOB_EVENTS, job.id(), codec.write(JobEvent.of(job, clock.instant())))
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new JobDispatch.BrokerUnavailable(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new JobDispatch.BrokerUnavailable(e);
        }
    }

    public void published(Job job) {
        kafka.send(Topics.JOB_EVENTS, job.id(), codec.write(JobEvent.of(job, clock.instant())))
                .whenComplete((sent, failure) -> {
                    if (failure != null) {
                        log.warn(
                                "Could not publish {} event for job {}: {}",
                                job.state(),
                                job.id(),
                                failure.getMessage());
                    }
                });
    }
}
