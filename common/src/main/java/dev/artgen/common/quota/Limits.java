package dev.artgen.common.quota;

import java.math.BigDecimal;
import java.util.List;

/**
 * What one user may do: request rates, jobs in flight, and budgets per day and month. A budget that
 * is null is not limited (its usage is still counted).
 *
 * @param reads GET requests to the API
 * @param writes POST, PUT and DELETE requests to the API
 * @param jobsInFlight jobs queued or running at once
 */
public record Limits(
        Rate reads,
        Rate writes,
        int jobsInFlight,
        Long imagesPerDay,
        Long imagesPerMonth,
        BigDecimal costPerDayUsd,
        BigDecimal costPerMonthUsd) {

    /** The budgets to reserve from, one per period. */
    public List<Budget> budgets() {
        return List.of(
                new Budget(Period.DAY, imagesPerDay, costPerDayUsd),
                new Budget(Period.MONTH, imagesPerMonth, costPerMonthUsd));
    }

    /** One period's budget; a null measure is not limited. */
    public record Budget(Period period, Long images, BigDecimal costUsd) {

        Long costMicros() {
            return costUsd == null ? null : Amount.micros(costUsd);
        }
    }
}
