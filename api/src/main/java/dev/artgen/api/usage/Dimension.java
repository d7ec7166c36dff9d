package dev.artgen.api.usage;

import java.util.Locale;

/** What a usage report can be broken down by; each is one key of the aggregation's $group. */
enum Dimension {
    DAY("day"),
    MODEL("model"),
    USER("owner");

    private final String field;

    Dimension(String field) {
        this.field = field;
    }

    /** The record field the group key reads; days are computed from {@code recordedAt}. */
    String field() {
        return field;
    }

    String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
