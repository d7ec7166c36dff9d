package dev.artgen.worker.provider.openai;

import dev.artgen.worker.provider.ProviderFailure;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.ProxyManager;
import java.time.Duration;

/**
 * The organisation's images-per-minute limit, shared by every worker through one bucket in
 * MongoDB: a call takes as many tokens as pictures it asks for. A short wait is slept off (a
 * virtual thread waiting costs nothing); a longer one puts the job back with its Retry-After.
 */
final class ImagesPerMinute {

    private final BucketProxy bucket;
    private final long capacity;
    private final Duration maxWait;

    private ImagesPerMinute(BucketProxy bucket, long capacity, Duration maxWait) {
        this.bucket = bucket;
        this.capacity = capacity;
        this.maxWait = maxWait;
    }

    static ImagesPerMinute shared(ProxyManager<String> buckets, OpenAiProperties.RateLimit limit) {
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(bandwidth -> bandwidth.capacity(limit.images()).refillGreedy(limit.images(), limit.per()))
                .build();
        return new ImagesPerMinute(
                buckets.getProxy("openai-images", () -> configuration), limit.images(), limit.maxWait());
    }

    /** No limit: every call goes straight through. */
    static ImagesPerMinute unlimited() {
        return new ImagesPerMinute(null, Long.MAX_VALUE, Duration.ZERO);
    }

    void acquire(int images) throws InterruptedException {
        if (bucket == null) {
            return;
        }
        // A call for more pictures than the whole budget takes the whole budget, rather than waiting forever.
        long wanted = Math.min(images, capacity);
        while (true) {
            var probe = bucket.tryConsumeAndReturnRemaining(wanted);
            if (probe.isConsumed()) {
                return;
            }
            Duration wait = Duration.ofNanos(probe.getNanosToWaitForRefill());
            if (wait.compareTo(maxWait) > 0) {
                throw new ProviderFailure.Transient(
                        "rate_limited", "ArtGen's images-per-minute limit for the provider is reached.", null, wait);
            }
            Thread.sleep(wait);
        }
    }
}
