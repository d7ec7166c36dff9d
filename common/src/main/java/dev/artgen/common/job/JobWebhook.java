package dev.artgen.common.job;

import java.util.Collection;
import java.util.Collections;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * A callback a caller attached to one job: its URL (checked against the address rules when the job
 * was submitted, and again at every connection) and the state changes it wants to hear about.
 */
public record JobWebhook(String url, Set<JobState> states) {

    /** The event types a webhook gets when it names none: the job's outcome. */
    public static final Set<JobState> DEFAULT_STATES =
            Collections.unmodifiableSet(EnumSet.of(JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELED));

    /** Shorthand callers may use for the three outcomes. */
    public static final String COMPLETED = "job.completed";

    public JobWebhook {
        states = states == null || states.isEmpty()
                ? DEFAULT_STATES
                : Collections.unmodifiableSet(EnumSet.copyOf(states));
    }

    public boolean wants(JobState state) {
        return states.contains(state);
    }

    /** The event type on the wire for a state change: {@code job.succeeded} and so on. */
    public static String typeName(JobState state) {
        return "job." + state.wireName();
    }

    public static List<String> typeNames(Collection<JobState> states) {
        return states.stream().sorted().map(JobWebhook::typeName).toList();
    }

    /** Reads one event type name; {@code job.completed} stands for succeeded, failed and canceled. */
    public static Optional<Set<JobState>> parseType(String name) {
        if (COMPLETED.equals(name)) {
            return Optional.of(DEFAULT_STATES);
        }
        for (JobState state : JobState.values()) {
            if (typeName(state).equals(name)) {
                return Optional.of(EnumSet.of(state));
            }
        }
        return Optional.empty();
    }

    /** Every accepted event type name, for error messages and docs. */
    public static String knownTypes() {
        return String.join(", ", typeNames(EnumSet.allOf(JobState.class))) + ", " + COMPLETED;
    }
}
