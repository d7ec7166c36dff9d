package dev.artgen.infra.openai;

import java.time.Duration;
import java.util.SplittableRandom;

/** Decides, per request and from a seeded random source, whether and how the request fails and how slow it is. */
final class FaultInjector {

    /** What happens to one request. */
    enum Kind {
        PROCEED,
        BURST_RATE_LIMIT,
        RATE_LIMIT,
        INSUFFICIENT_QUOTA,
        SERVER_ERROR,
        OVERLOADED,
        MODERATION,
        TIMEOUT
    }

    /** One request's fate: its kind, the latency drawn for it and, for 429s, the retry-after to send. */
    record Decision(Kind kind, Duration latency, Duration retryAfter) {}

    private final long seed;
    private SplittableRandom random;
    private Faults faults;
    private int burstRemaining;

    FaultInjector(Faults faults, long seed) {
        this.seed = seed;
        set(faults);
        this.random = new SplittableRandom(seed);
    }

    synchronized void set(Faults faults) {
        this.faults = faults;
        this.burstRemaining = faults.burst().requests();
    }

    synchronized Faults faults() {
        return faults;
    }

    synchronized int burstRemaining() {
        return burstRemaining;
    }

    /** Back to the given faults and the start of the seeded sequence. */
    synchronized void reset(Faults faults) {
        set(faults);
        this.random = new SplittableRandom(seed);
    }

    synchronized Decision next() {
        // Both draws happen for every request, whatever the outcome, so that changing one rate does not shift
        // which later requests meet the other faults.
        double u = random.nextDouble();
        Duration latency = faults.latency().sample(random);
        if (burstRemaining > 0) {
            burstRemaining--;
            return new Decision(
                    Kind.BURST_RATE_LIMIT, Duration.ZERO, faults.burst().retryAfter());
        }
        double edge = faults.timeoutRate();
        if (u < edge) {
            return new Decision(Kind.TIMEOUT, faults.timeout(), Duration.ZERO);
        }
        if (u < (edge += faults.serverErrorRate())) {
            return new Decision(Kind.SERVER_ERROR, latency, Duration.ZERO);
        }
        if (u < (edge += faults.overloadedRate())) {
            return new Decision(Kind.OVERLOADED, latency, Duration.ZERO);
        }
        if (u < (edge += faults.rateLimitRate())) {
            return new Decision(Kind.RATE_LIMIT, Duration.ZERO, faults.retryAfter());
        }
        if (u < (edge += faults.insufficientQuotaRate())) {
            return new Decision(Kind.INSUFFICIENT_QUOTA, Duration.ZERO, Duration.ZERO);
        }
        if (u < edge + faults.moderationRate()) {
            return new Decision(Kind.MODERATION, latency, Duration.ZERO);
        }
        return new Decision(Kind.PROCEED, latency, Duration.ZERO);
    }
}
