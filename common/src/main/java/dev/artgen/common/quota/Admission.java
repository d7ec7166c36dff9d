package dev.artgen.common.quota;

import java.math.BigDecimal;
import java.time.Instant;

/** The answer to "may this job start?": admitted with its reservation held, or why not. */
public sealed interface Admission {

    record Admitted() implements Admission {}

    /** The user already has {@code limit} jobs queued or running. */
    record TooManyInFlight(int limit) implements Admission {}

    /**
     * The job would take the {@code period}'s {@code measure} over its limit.
     *
     * @param used what the period has used so far, reservations of unfinished jobs included
     * @param requested what this job would take
     */
    record OverBudget(
            Period period, Measure measure, BigDecimal limit, BigDecimal used, BigDecimal requested, Instant resetsAt)
            implements Admission {}

    /** What a budget counts. */
    enum Measure {
        IMAGES,
        COST_USD;

        public String wireName() {
            return name().toLowerCase(java.util.Locale.ROOT);
        }
    }
}
