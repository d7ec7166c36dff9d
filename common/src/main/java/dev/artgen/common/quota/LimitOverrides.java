package dev.artgen.common.quota;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * The limits an admin set for one user; a null field falls back to the configured default.
 */
@Document("user_limits")
public record LimitOverrides(
        @Id String userId,
        Rate reads,
        Rate writes,
        Integer jobsInFlight,
        Long imagesPerDay,
        Long imagesPerMonth,
        BigDecimal costPerDayUsd,
        BigDecimal costPerMonthUsd,
        Instant updatedAt) {

    public Limits over(Limits defaults) {
        return new Limits(
                reads != null ? reads : defaults.reads(),
                writes != null ? writes : defaults.writes(),
                jobsInFlight != null ? jobsInFlight : defaults.jobsInFlight(),
                imagesPerDay != null ? imagesPerDay : defaults.imagesPerDay(),
                imagesPerMonth != null ? imagesPerMonth : defaults.imagesPerMonth(),
                costPerDayUsd != null ? costPerDayUsd : defaults.costPerDayUsd(),
                costPerMonthUsd != null ? costPerMonthUsd : defaults.costPerMonthUsd());
    }
}
