package dev.artgen.api.usage;

import dev.artgen.api.accounts.User;
import dev.artgen.api.accounts.Users;
import dev.artgen.api.limits.LimitsLookup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Everyone's usage, per user, for admins; the security configuration admits only admins to /v1/admin/**. */
@RestController
class AdminUsageController {

    private final UsageReports reports;
    private final Users users;
    private final LimitsLookup limits;
    private final UsageProperties settings;
    private final Clock clock;

    AdminUsageController(
            UsageReports reports, Users users, LimitsLookup limits, UsageProperties settings, Clock clock) {
        this.reports = reports;
        this.users = users;
        this.limits = limits;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(
            summary = "Everyone's usage over a period (admin)",
            description = "As GET /v1/usage, for all users or the one named by user, and group_by may include "
                    + "user (rows then carry user_name too); with user, that user's remaining budget.")
    @GetMapping(
            value = "/v1/admin/usage",
            produces = {"application/json", "text/csv"})
    ResponseEntity<?> everyone(
            @Parameter(description = "first day, YYYY-MM-DD (UTC); default: 30 days before to")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "last day, YYYY-MM-DD (UTC); default: today") @RequestParam(required = false)
                    String to,
            @Parameter(description = "comma-separated: day, model, user; default day,model")
                    @RequestParam(name = "group_by", required = false)
                    String groupBy,
            @Parameter(description = "only this user's usage (a user id)") @RequestParam(required = false) String user,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        UsageFormat answer = UsageFormat.of(format, accept);
        UsageQuery query = UsageQuery.admin(blankToNull(user), from, to, groupBy, settings, LocalDate.now(clock));
        List<UsageRow> rows = named(reports.rows(query), query);
        UsageReport report = UsageReport.of(query, rows, query.owner() == null ? null : limits.of(query.owner()));
        return answer.answer(query, report, query.owner() == null ? "all-users" : query.owner());
    }

    /** Rows per user carry the user's name too, so an admin's table and CSV read without a lookup. */
    private List<UsageRow> named(List<UsageRow> rows, UsageQuery query) {
        if (!query.groupBy().contains(Dimension.USER)) {
            return rows;
        }
        Map<String, String> names = users.all().stream().collect(Collectors.toMap(User::id, User::name));
        return rows.stream().map(row -> row.withUserName(names.get(row.user()))).toList();
    }

    private static String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value.strip();
    }
}
