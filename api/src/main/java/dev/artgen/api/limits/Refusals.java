package dev.artgen.api.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts what the limits refused: requests over a rate, jobs over a budget or the in-flight cap. */
class Refusals {

    private final MeterRegistry registry;

    Refusals(MeterRegistry registry) {
        this.registry = registry;
        // Present (at zero) from the start, so dashboards and alerts have a series before the first refusal.
        for (RequestRates.Policy policy : RequestRates.Policy.values()) {
            rateLimits(policy.wireName());
        }
        quotas("jobs_in_flight");
    }

    /** @param policy "reads" or "writes" */
    void rateLimited(String policy) {
        rateLimits(policy).increment();
    }

    /** @param budget a budget's wire name (e.g. "images_per_day") or "jobs_in_flight" */
    void quotaRefused(String budget) {
        quotas(budget).increment();
    }

    private Counter rateLimits(String policy) {
        return Counter.builder("artgen.rate.limit.rejections")
                .description("Requests refused 429 by a per-user rate limit")
                .tag("policy", policy)
                .register(registry);
    }

    private Counter quotas(String budget) {
        return Counter.builder("artgen.quota.rejections")
                .description("Jobs refused 429 by a budget or the jobs-in-flight cap")
                .tag("budget", budget)
                .register(registry);
    }
}
