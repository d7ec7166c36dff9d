package dev.artgen.api.limits;

import dev.artgen.common.quota.Quotas;
import java.time.Clock;
import java.time.Instant;

/** A user's limits and remaining budget, for features beyond the limits API (the usage report). */
public class LimitsLookup {

    private final EffectiveLimits limits;
    private final Quotas quotas;
    private final Clock clock;

    LimitsLookup(EffectiveLimits limits, Quotas quotas, Clock clock) {
        this.limits = limits;
        this.quotas = quotas;
        this.clock = clock;
    }

    /** The same view {@code GET /v1/limits} answers, so the numbers agree wherever they are shown. */
    public LimitsView of(String userId) {
        Instant now = clock.instant();
        return LimitsView.of(userId, limits.of(userId), quotas.usage(userId, now), now);
    }
}
