package dev.artgen.common.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.EnumMap;
import java.util.EnumSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Where a job is in its life; the allowed transitions are the table below and nothing else. */
public enum JobState {
    QUEUED,
    RUNNING,
    SUCCEEDED,
    FAILED,
    CANCELED;

    // The whole transition table: RUNNING → QUEUED is a retry or a lease that expired.
    private static final Map<JobState, Set<JobState>> NEXT = new EnumMap<>(JobState.class);

    static {
        NEXT.put(QUEUED, EnumSet.of(RUNNING, CANCELED, FAILED));
        NEXT.put(RUNNING, EnumSet.of(SUCCEEDED, FAILED, CANCELED, QUEUED));
        NEXT.put(SUCCEEDED, EnumSet.noneOf(JobState.class));
        NEXT.put(FAILED, EnumSet.noneOf(JobState.class));
        NEXT.put(CANCELED, EnumSet.noneOf(JobState.class));
    }

    public boolean canBecome(JobState next) {
        return NEXT.get(this).contains(next);
    }

    public boolean isTerminal() {
        return NEXT.get(this).isEmpty();
    }

    /** The states a job may be in for it to move to {@code target}. */
    public static Set<JobState> sourcesOf(JobState target) {
        Set<JobState> sources = EnumSet.noneOf(JobState.class);
        for (JobState state : values()) {
            if (state.canBecome(target)) {
                sources.add(state);
            }
        }
        return sources;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
