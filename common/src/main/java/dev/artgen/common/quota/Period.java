package dev.artgen.common.quota;

import com.fasterxml.jackson.annotation.JsonValue;
import java.time.Instant;
import java.time.LocalDate;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.Locale;

/** A budget period, in UTC calendar terms: a day's budget resets at midnight UTC, a month's on the 1st. */
public enum Period {
    DAY,
    MONTH;

    /** Names the period that contains {@code at}, e.g. "2026-11-29" or "2026-11". */
    public String label(Instant at) {
        LocalDate date = LocalDate.ofInstant(at, ZoneOffset.UTC);
        return this == DAY ? date.toString() : YearMonth.from(date).toString();
    }

    /** When the period containing {@code at} ends and a fresh budget starts. */
    public Instant resetsAt(Instant at) {
        LocalDate date = LocalDate.ofInstant(at, ZoneOffset.UTC);
        LocalDate next = this == DAY ? date.plusDays(1) : date.withDayOfMonth(1).plusMonths(1);
        return next.atStartOfDay(ZoneOffset.UTC).toInstant();
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
