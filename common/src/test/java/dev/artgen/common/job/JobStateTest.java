package dev.artgen.common.job;

import static dev.artgen.common.job.JobState.CANCELED;
import static dev.artgen.common.job.JobState.FAILED;
import static dev.artgen.common.job.JobState.QUEUED;
import static dev.artgen.common.job.JobState.RUNNING;
import static dev.artgen.common.job.JobState.SUCCEEDED;
import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** The transition table, row by row. */
class JobStateTest {

    @ParameterizedTest(name = "{0} -> {1}: {2}")
    @CsvSource({
        "QUEUED, RUNNING, true",
        "QUEUED, CANCELED, true",
        "QUEUED, FAILED, true",
        "QUEUED, SUCCEEDED, false",
        "QUEUED, QUEUED, false",
        "RUNNING, SUCCEEDED, true",
        "RUNNING, FAILED, true",
        "RUNNING, CANCELED, true",
        "RUNNING, QUEUED, true",
        "RUNNING, RUNNING, false",
        "SUCCEEDED, RUNNING, false",
        "SUCCEEDED, FAILED, false",
        "SUCCEEDED, CANCELED, false",
        "SUCCEEDED, QUEUED, false",
        "FAILED, QUEUED, false",
        "FAILED, RUNNING, false",
        "FAILED, SUCCEEDED, false",
        "CANCELED, QUEUED, false",
        "CANCELED, RUNNING, false",
        "CANCELED, SUCCEEDED, false"
    })
    void allowsExactlyTheTransitionsInTheTable(JobState from, JobState to, boolean allowed) {
        assertThat(from.canBecome(to)).isEqualTo(allowed);
    }

    @Test
    void terminalStatesAreTheOnesWithNoWayOut() {
        assertThat(SUCCEEDED.isTerminal()).isTrue();
        assertThat(FAILED.isTerminal()).isTrue();
        assertThat(CANCELED.isTerminal()).isTrue();
        assertThat(QUEUED.isTerminal()).isFalse();
        assertThat(RUNNING.isTerminal()).isFalse();
    }

    @Test
    void sourcesOfAStateAreDerivedFromTheTable() {
        assertThat(JobState.sourcesOf(RUNNING)).containsExactly(QUEUED);
        assertThat(JobState.sourcesOf(CANCELED)).containsExactlyInAnyOrder(QUEUED, RUNNING);
        assertThat(JobState.sourcesOf(QUEUED)).containsExactly(RUNNING);
    }

    @Test
    void wireNamesAreLowerCase() {
        assertThat(SUCCEEDED.wireName()).isEqualTo("succeeded");
    }
}
