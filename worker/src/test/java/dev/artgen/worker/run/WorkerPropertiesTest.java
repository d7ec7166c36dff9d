package dev.artgen.worker.run;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class WorkerPropertiesTest {

    private final WorkerProperties properties = new WorkerProperties(
            null,
            10,
            Duration.ofSeconds(30),
            Duration.ofSeconds(10),
            Duration.ofSeconds(2),
            Duration.ofSeconds(2),
            Duration.ofMinutes(1),
            Duration.ZERO);

    @ParameterizedTest(name = "after attempt {0}: {1}s")
    @CsvSource({"1, 2", "2, 4", "3, 8", "5, 32", "6, 60", "40, 60"})
    void backoffDoublesPerAttemptUpToTheCap(int attempt, long seconds) {
        assertThat(properties.backoffAfter(attempt)).isEqualTo(Duration.ofSeconds(seconds));
    }

    @ParameterizedTest(name = "after attempt {0} with Retry-After {1}s: {2}s")
    @CsvSource({"1, 0, 2", "1, 10, 10", "3, 5, 8", "1, 600, 60"})
    void retryAfterLengthensTheBackoffButNeverPastTheCap(int attempt, long retryAfter, long seconds) {
        assertThat(properties.backoffAfter(attempt, Duration.ofSeconds(retryAfter)))
                .isEqualTo(Duration.ofSeconds(seconds));
    }
}
