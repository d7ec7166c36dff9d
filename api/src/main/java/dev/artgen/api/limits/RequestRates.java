package dev.artgen.api.limits;

import dev.artgen.common.quota.Rate;
import dev.artgen.common.ratelimit.MongoBuckets;
import io.github.bucket4j.BucketConfiguration;
import io.github.bucket4j.ConsumptionProbe;
import io.github.bucket4j.distributed.BucketProxy;
import io.github.bucket4j.distributed.proxy.optimization.Optimizations;
import java.time.Duration;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Per-user token buckets for API requests, kept in MongoDB so every api instance draws from the same
 * bucket. The key carries the rate, so a user whose limit changed starts on a fresh bucket.
 */
class RequestRates {

    /** Which bucket a request draws from: reads are cheap, writes start work. */
    enum Policy {
        READS,
        WRITES;

        String wireName() {
            return name().toLowerCase(Locale.ROOT);
        }
    }

    /** The outcome of one request's draw, with what the headers report. */
    record Draw(boolean allowed, Policy policy, Rate rate, long remaining, long resetSeconds, long retryAfterSeconds) {}

    private final MongoBuckets buckets;
    // One proxy per bucket and api instance, so batching can see the requests that arrive together.
    private final Map<String, BucketProxy> proxies = new ConcurrentHashMap<>();

    RequestRates(MongoBuckets buckets) {
        this.buckets = buckets;
    }

    Draw draw(String userId, Policy policy, Rate rate) {
        String key = "user:" + userId + ":" + policy.wireName() + ":" + rate.quota() + "/" + rate.windowSeconds();
        BucketConfiguration configuration = BucketConfiguration.builder()
                .addLimit(limit -> limit.capacity(rate.quota())
                        .refillGreedy(rate.quota(), Duration.ofSeconds(rate.windowSeconds())))
                .build();
        // Batching folds the draws that arrive while one compare-and-swap is in flight into the next
        // one: a burst from one user costs a few round trips instead of a storm of retried swaps.
        BucketProxy bucket = proxies.computeIfAbsent(
                key,
                k -> buckets.builder()
                        .withOptimization(Optimizations.batching())
                        .build(k, () -> configuration));
        ConsumptionProbe probe = bucket.tryConsumeAndReturnRemaining(1);
        return new Draw(
                probe.isConsumed(),
                policy,
                rate,
                probe.getRemainingTokens(),
                seconds(probe.getNanosToWaitForReset()),
                seconds(probe.getNanosToWaitForRefill()));
    }

    /** Whole seconds, rounded up: a client that waits this long is never early. */
    private static long seconds(long nanos) {
        return (nanos + 999_999_999L) / 1_000_000_000L;
    }
}
