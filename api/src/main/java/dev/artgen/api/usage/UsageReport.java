package dev.artgen.api.usage;

import com.fasterxml.jackson.annotation.JsonInclude;
import dev.artgen.api.limits.LimitsView;
import java.time.LocalDate;
import java.util.List;

/**
 * What {@code GET /v1/usage} and {@code GET /v1/admin/usage} answer: the period, its totals, its
 * groups, and the remaining budget of the user it is about (absent for everyone's report).
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
record UsageReport(
        LocalDate from,
        LocalDate to,
        String user,
        List<String> groupBy,
        UsageRow totals,
        List<UsageRow> rows,
        LimitsView budget) {

    static UsageReport of(UsageQuery query, List<UsageRow> rows, LimitsView budget) {
        return new UsageReport(
                query.from(),
                query.to(),
                query.owner(),
                query.groupBy().stream().map(Dimension::wireName).toList(),
                rows.stream().reduce(UsageRow.NONE, UsageRow::plus),
                rows,
                budget);
    }
}
