package dev.artgen.api.limits;

import dev.artgen.common.quota.Limits;
import dev.artgen.common.quota.Rate;
import java.math.BigDecimal;
import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Every user's limits unless an admin set others (see docs/limits.md). A budget left empty is not
 * limited; set it to an empty value in yml (e.g. {@code images-per-month:}) to lift it.
 *
 * @param reads GET requests per window, per user
 * @param writes POST, PUT and DELETE requests per window, per user
 * @param jobsInFlight jobs queued or running at once, per user
 * @param cacheFor how long an api instance reuses a user's limits before reading them again; an
 *     admin's change reaches the other instances within this time
 * @param sweepEvery how often reservations of finished jobs are settled if their event was missed
 * @param sweepAfter a reservation this old whose job has ended, or never existed, gets settled
 */
@ConfigurationProperties("artgen.limits")
public record LimitsProperties(
        Rate reads,
        Rate writes,
        @DefaultValue("50") int jobsInFlight,
        @DefaultValue("1000") Long imagesPerDay,
        @DefaultValue("10000") Long imagesPerMonth,
        @DefaultValue("20") BigDecimal costPerDayUsd,
        @DefaultValue("200") BigDecimal costPerMonthUsd,
        @DefaultValue("5s") Duration cacheFor,
        @DefaultValue("1m") Duration sweepEvery,
        @DefaultValue("2m") Duration sweepAfter) {

    public LimitsProperties {
        reads = withDefaults(reads, new Rate(1200, 60));
        writes = withDefaults(writes, new Rate(300, 60));
    }

    /** A rate given in part (only its quota, say) takes the rest from the default. */
    private static Rate withDefaults(Rate rate, Rate defaults) {
        if (rate == null) {
            return defaults;
        }
        return new Rate(
                rate.quota() > 0 ? rate.quota() : defaults.quota(),
                rate.windowSeconds() > 0 ? rate.windowSeconds() : defaults.windowSeconds());
    }

    Limits defaults() {
        return new Limits(reads, writes, jobsInFlight, imagesPerDay, imagesPerMonth, costPerDayUsd, costPerMonthUsd);
    }
}
