package dev.artgen.common.messaging;

import java.time.Clock;
import java.time.Duration;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.springframework.kafka.core.KafkaTemplate;

/** Publishes "job X wants running" and waits for the broker's acknowledgement. */
public class JobDispatch {

    private final KafkaTemplate<String, String> kafka;
    private final MessageCodec codec;
    private final Clock clock;
    private final Duration timeout;

    public JobDispatch(KafkaTemplate<String, String> kafka, MessageCodec codec, Clock clock, Duration timeout) {
        this.kafka = kafka;
        this.codec = codec;
        this.clock = clock;
        this.timeout = timeout;
    }

    /** Returns only once the broker has the message: the api answers 202 after this, not before. */
    public void dispatch(String jobId) {
        try {
            kafka.send(Topics.JOBS, jobId, codec.write(new JobRequested(jobId, clock.instant())))
                    .get(timeout.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new BrokerUnavailable(e);
        } catch (ExecutionException | TimeoutException e) {
            throw new BrokerUnavailable(e);
        }
    }

    /** The broker did not take the message in time. */
    public static final class BrokerUnavailable extends RuntimeException {
        public BrokerUnavailable(Throwable cause) {
            super("job queue unavailable: " + cause.getMessage(), cause);
        }
    }
}
