package dev.artgen.api.usage;

import dev.artgen.api.CurrentUser;
import dev.artgen.api.limits.LimitsLookup;
import io.swagger.v3.oas.annotations.Operation;
import io.swagger.v3.oas.annotations.Parameter;
import java.time.Clock;
import java.time.LocalDate;
import org.springframework.http.HttpHeaders;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** A user's own usage over a period, with their remaining budget. */
@RestController
class UsageController {

    private final UsageReports reports;
    private final LimitsLookup limits;
    private final UsageProperties settings;
    private final Clock clock;

    UsageController(UsageReports reports, LimitsLookup limits, UsageProperties settings, Clock clock) {
        this.reports = reports;
        this.limits = limits;
        this.settings = settings;
        this.clock = clock;
    }

    @Operation(
            summary = "Your usage over a period",
            description = "Jobs, images, input and output tokens and estimated cost per UTC day and model "
                    + "(group_by), from and to inclusive, at most artgen.usage.max-days days; with your "
                    + "remaining budget. CSV with format=csv or Accept: text/csv.")
    @GetMapping(
            value = "/v1/usage",
            produces = {"application/json", "text/csv"})
    ResponseEntity<?> mine(
            @Parameter(description = "first day, YYYY-MM-DD (UTC); default: 30 days before to")
                    @RequestParam(required = false)
                    String from,
            @Parameter(description = "last day, YYYY-MM-DD (UTC); default: today") @RequestParam(required = false)
                    String to,
            @Parameter(description = "comma-separated: day, model; default day,model")
                    @RequestParam(name = "group_by", required = false)
                    String groupBy,
            @Parameter(description = "json (default) or csv") @RequestParam(required = false) String format,
            @RequestHeader(name = HttpHeaders.ACCEPT, required = false) String accept) {
        UsageFormat answer = UsageFormat.of(format, accept);
        String user = CurrentUser.id();
        UsageQuery query = UsageQuery.own(user, from, to, groupBy, settings, LocalDate.now(clock));
        return answer.answer(query, UsageReport.of(query, reports.rows(query), limits.of(user)), user);
    }
}
