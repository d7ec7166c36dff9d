package dev.artgen.api.limits;

import dev.artgen.api.jobs.InvalidRequest;
import dev.artgen.common.model.RequestCheck.FieldProblem;
import dev.artgen.common.quota.LimitOverrides;
import dev.artgen.common.quota.Quotas;
import dev.artgen.common.quota.Rate;
import io.swagger.v3.oas.annotations.Operation;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PutMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins set a user's limits; the security configuration admits only admins to /v1/admin/**. */
@RestController
@RequestMapping("/v1/admin/users/{userId}/limits")
class AdminLimitsController {

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_.@-]{1,128}");
    private static final int MAX_WINDOW_SECONDS = 86_400;

    private final EffectiveLimits limits;
    private final Quotas quotas;
    private final Clock clock;

    AdminLimitsController(EffectiveLimits limits, Quotas quotas, Clock clock) {
        this.limits = limits;
        this.quotas = quotas;
        this.clock = clock;
    }

    /** What an admin sends: any field left out or null falls back to the configured default. */
    record LimitsChange(
            Rate reads,
            Rate writes,
            Integer jobsInFlight,
            Long imagesPerDay,
            Long imagesPerMonth,
            BigDecimal costPerDayUsd,
            BigDecimal costPerMonthUsd) {}

    @Operation(summary = "A user's limits, usage and remaining budget (admin)")
    @GetMapping
    LimitsView get(@PathVariable String userId) {
        return view(checked(userId));
    }

    @Operation(
            summary = "Set a user's limits (admin)",
            description = "Replaces the user's limits as a whole; fields left out use the configured defaults. "
                    + "Other api instances apply the change within artgen.limits.cache-for.")
    @PutMapping
    LimitsView put(@PathVariable String userId, @RequestBody LimitsChange change) {
        checked(userId);
        validate(change);
        limits.changed(new LimitOverrides(
                userId,
                change.reads(),
                change.writes(),
                change.jobsInFlight(),
                change.imagesPerDay(),
                change.imagesPerMonth(),
                change.costPerDayUsd(),
                change.costPerMonthUsd(),
                clock.instant()));
        return view(userId);
    }

    @Operation(summary = "Put a user back on the default limits (admin)")
    @DeleteMapping
    ResponseEntity<Void> reset(@PathVariable String userId) {
        limits.reset(checked(userId));
        return ResponseEntity.noContent().build();
    }

    private LimitsView view(String userId) {
        Instant now = clock.instant();
        return LimitsView.of(userId, limits.of(userId), quotas.usage(userId, now), now);
    }

    private static String checked(String userId) {
        if (!USER_ID.matcher(userId).matches()) {
            throw new InvalidRequest("userId", "is not a user id (letters, digits and _ . @ -, at most 128)");
        }
        return userId;
    }

    private static void validate(LimitsChange change) {
        List<FieldProblem> problems = new ArrayList<>();
        rate("reads", change.reads(), problems);
        rate("writes", change.writes(), problems);
        if (change.jobsInFlight() != null && change.jobsInFlight() < 0) {
            problems.add(new FieldProblem("jobs_in_flight", "must be 0 or more"));
        }
        notNegative("images_per_day", change.imagesPerDay(), problems);
        notNegative("images_per_month", change.imagesPerMonth(), problems);
        notNegative("cost_per_day_usd", change.costPerDayUsd(), problems);
        notNegative("cost_per_month_usd", change.costPerMonthUsd(), problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
    }

    private static void rate(String field, Rate rate, List<FieldProblem> problems) {
        if (rate == null) {
            return;
        }
        if (rate.quota() < 1) {
            problems.add(new FieldProblem(field + ".quota", "must be 1 or more"));
        }
        if (rate.windowSeconds() < 1 || rate.windowSeconds() > MAX_WINDOW_SECONDS) {
            problems.add(new FieldProblem(field + ".window_seconds", "must be between 1 and " + MAX_WINDOW_SECONDS));
        }
    }

    private static void notNegative(String field, Number value, List<FieldProblem> problems) {
        if (value != null && new BigDecimal(value.toString()).signum() < 0) {
            problems.add(new FieldProblem(field, "must be 0 or more"));
        }
    }
}
