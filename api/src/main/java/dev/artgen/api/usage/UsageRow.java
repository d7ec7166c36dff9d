package dev.artgen.api.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.math.BigDecimal;

/**
 * One group of a usage report: the keys it was grouped by (the others are null and left out) and
 * the sums over its records. {@code jobs} counts requests: one usage record per finished job.
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UsageRow(
        String day,
        String model,
        String user,
        String userName,
        long jobs,
        long images,
        long inputTokens,
        long outputTokens,
        BigDecimal costUsd) {

    static final UsageRow NONE = new UsageRow(null, null, null, null, 0, 0, 0, 0, BigDecimal.ZERO);

    UsageRow withUserName(String name) {
        return new UsageRow(day, model, user, name, jobs, images, inputTokens, outputTokens, costUsd);
    }

    /** The sums of both, keyless: what totals are made of. */
    UsageRow plus(UsageRow other) {
        return new UsageRow(
                null,
                null,
                null,
                null,
                jobs + other.jobs,
                images + other.images,
                inputTokens + other.inputTokens,
                outputTokens + other.outputTokens,
                costUsd.add(other.costUsd));
    }
}
