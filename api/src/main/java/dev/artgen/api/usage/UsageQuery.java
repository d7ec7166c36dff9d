package dev.artgen.api.usage;

import dev.artgen.api.jobs.InvalidRequest;
import dev.artgen.common.model.RequestCheck.FieldProblem;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * A validated usage question: whose records (null for everyone), which whole UTC days, from and to
 * inclusive, and how to break them down.
 */
record UsageQuery(String owner, LocalDate from, LocalDate to, List<Dimension> groupBy) {

    private static final Pattern USER_ID = Pattern.compile("[A-Za-z0-9_.@-]{1,128}");
    private static final List<Dimension> DEFAULT_GROUPS = List.of(Dimension.DAY, Dimension.MODEL);

    UsageQuery {
        groupBy = List.copyOf(groupBy);
    }

    /** The query string of {@code GET /v1/usage} (a user's own records: no {@code user} breakdown). */
    static UsageQuery own(
            String owner, String from, String to, String groupBy, UsageProperties settings, LocalDate today) {
        return parse(owner, from, to, groupBy, Set.of(Dimension.DAY, Dimension.MODEL), settings, today);
    }

    /** The query string of {@code GET /v1/admin/usage}: everyone, or the one {@code user} given. */
    static UsageQuery admin(
            String user, String from, String to, String groupBy, UsageProperties settings, LocalDate today) {
        if (user != null && !USER_ID.matcher(user).matches()) {
            throw new InvalidRequest("user", "is not a user id (letters, digits and _ . @ -, at most 128)");
        }
        return parse(user, from, to, groupBy, Set.of(Dimension.values()), settings, today);
    }

    private static UsageQuery parse(
            String owner,
            String from,
            String to,
            String groupBy,
            Set<Dimension> allowed,
            UsageProperties settings,
            LocalDate today) {
        List<FieldProblem> problems = new ArrayList<>();
        LocalDate end = date("to", to, today, problems);
        LocalDate start = date("from", from, end == null ? null : end.minusDays(settings.defaultDays() - 1), problems);
        if (start != null && end != null) {
            if (start.isAfter(end)) {
                problems.add(new FieldProblem("from", "must be on or before to (" + end + ")"));
            } else if (ChronoUnit.DAYS.between(start, end) + 1 > settings.maxDays()) {
                problems.add(new FieldProblem("to", "must be at most " + settings.maxDays() + " days from from"));
            }
        }
        List<Dimension> groups = groups(groupBy, allowed, problems);
        if (!problems.isEmpty()) {
            throw new InvalidRequest(problems);
        }
        return new UsageQuery(owner, start, end, groups);
    }

    private static LocalDate date(String field, String value, LocalDate fallback, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return fallback;
        }
        try {
            return LocalDate.parse(value.strip());
        } catch (DateTimeParseException e) {
            problems.add(new FieldProblem(field, "is not a date like 2026-01-31 (ISO 8601, UTC)"));
            return null;
        }
    }

    private static List<Dimension> groups(String value, Set<Dimension> allowed, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return DEFAULT_GROUPS;
        }
        Set<Dimension> groups = new LinkedHashSet<>();
        for (String part : value.split(",")) {
            String name = part.strip();
            Dimension dimension = allowed.stream()
                    .filter(d -> d.wireName().equals(name))
                    .findFirst()
                    .orElse(null);
            if (dimension == null) {
                problems.add(new FieldProblem(
                        "group_by",
                        "takes a comma-separated list of "
                                + allowed.stream()
                                        .sorted()
                                        .map(Dimension::wireName)
                                        .toList()
                                + "; '" + name + "' is not one"));
                return List.of();
            }
            groups.add(dimension);
        }
        return List.copyOf(groups);
    }
}
