package dev.artgen.api.limits;

import dev.artgen.common.quota.Amount;
import dev.artgen.common.quota.Limits;
import dev.artgen.common.quota.Period;
import dev.artgen.common.quota.Quotas;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.List;

/**
 * A user's limits and where they stand: jobs in flight, and per period what is used (reservations
 * of unfinished jobs included), what remains, and when it resets. Null limits are unlimited.
 */
public record LimitsView(String userId, Limits limits, InFlight jobsInFlight, List<BudgetView> budgets) {

    record InFlight(int limit, int used) {}

    record BudgetView(Period period, Instant resetsAt, Measure images, Measure costUsd) {}

    /** One measure of a budget; {@code limit} and {@code remaining} are null when unlimited. */
    record Measure(BigDecimal limit, BigDecimal used, BigDecimal remaining) {

        static Measure of(BigDecimal limit, BigDecimal used) {
            return new Measure(
                    limit, used, limit == null ? null : limit.subtract(used).max(BigDecimal.ZERO));
        }
    }

    static LimitsView of(String userId, Limits limits, Quotas.QuotaUsage usage, Instant now) {
        List<BudgetView> budgets = limits.budgets().stream()
                .map(budget -> {
                    Amount used = usage.used().getOrDefault(budget.period(), Amount.ZERO);
                    return new BudgetView(
                            budget.period(),
                            budget.period().resetsAt(now),
                            Measure.of(
                                    budget.images() == null ? null : BigDecimal.valueOf(budget.images()),
                                    BigDecimal.valueOf(used.images())),
                            Measure.of(budget.costUsd(), used.costUsd()));
                })
                .toList();
        return new LimitsView(userId, limits, new InFlight(limits.jobsInFlight(), usage.jobsInFlight()), budgets);
    }
}
