package dev.artgen.worker.run;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How a worker runs jobs.
 *
 * @param id this worker's name in job leases; blank means host name + process id
 * @param maxInFlight jobs one worker process runs at once; when all slots are busy the Kafka
 *     consumer waits (backpressure) instead of claiming more
 * @param lease how long a claim lasts without a heartbeat before other workers may take the job
 * @param heartbeat how often the leases of running jobs are renewed (well under {@code lease})
 * @param sweepInterval how often expired leases and due retries are looked for
 * @param retryBackoff wait before the second attempt; doubles per attempt up to {@code maxRetryBackoff}
 * @param shutdownGrace how long a stopping worker lets running jobs finish before leaving them to
 *     their leases
 */
@ConfigurationProperties("artgen.worker")
public record WorkerProperties(
        String id,
        @DefaultValue("256") int maxInFlight,
        @DefaultValue("30s") Duration lease,
        @DefaultValue("10s") Duration heartbeat,
        @DefaultValue("2s") Duration sweepInterval,
        @DefaultValue("2s") Duration retryBackoff,
        @DefaultValue("5m") Duration maxRetryBackoff,
        @DefaultValue("20s") Duration shutdownGrace) {

    /** The backoff before attempt {@code attempt + 1}, after {@code attempt} failed. */
    public Duration backoffAfter(int attempt) {
        Duration backoff = retryBackoff.multipliedBy(1L << Math.min(Math.max(attempt - 1, 0), 20));
        return backoff.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : backoff;
    }

    /** The exponential backoff, or the provider's Retry-After when longer; never above {@code maxRetryBackoff}. */
    public Duration backoffAfter(int attempt, Duration retryAfter) {
        Duration backoff = backoffAfter(attempt);
        Duration wanted = retryAfter.compareTo(backoff) > 0 ? retryAfter : backoff;
        return wanted.compareTo(maxRetryBackoff) > 0 ? maxRetryBackoff : wanted;
    }
}
