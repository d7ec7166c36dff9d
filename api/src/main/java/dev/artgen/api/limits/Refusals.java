package dev.artgen.api.limits;

import io.micrometer.core.instrument.Counter;
import io.micrometer.core.instrument.MeterRegistry;

/** Counts what the limits refused: requests over a rate, jobs over a budget or the in-flight cap. */
class Refusals {

    private final MeterRegistry registry;

    Refusals(MeterRegistry registry) {
        this.registry = registry;
    }

    /** @param policy "reads" or "writes" */
    void rateLimited(String policy) {
        Counter.builder("artgen.rate.limit.rejections")
                .description("Requests refused 429 by a per-user rate limit")
                .tag("policy", policy)
                .register(registry)
                .increment();
    }

    /** @param budget a budget's wire name (e.g. "images_per_day") or "jobs_in_flight" */
    void quotaRefused(String budget) {
        Counter.builder("artgen.quota.rejections")
                .description("Jobs refused 429 by a budget or the jobs-in-flight cap")
                .tag("budget", budget)
                .register(registry)
                .increment();
    }
}
