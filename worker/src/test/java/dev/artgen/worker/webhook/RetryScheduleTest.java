package dev.artgen.worker.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.webhook.WebhookProperties;
import java.time.Duration;
import java.util.random.RandomGenerator;
import org.junit.jupiter.api.Test;

/** The documented schedule, exactly: the defaults of artgen.webhooks.retry. */
class RetryScheduleTest {

    private static final WebhookProperties.Retry DEFAULTS =
            new WebhookProperties.Retry(Duration.ofSeconds(15), 4, Duration.ofHours(8), 10, 0.2);

    private static RetrySchedule schedule(double random) {
        return new RetrySchedule(DEFAULTS, new RandomGenerator() {
            @Override
            public long nextLong() {
                return 0;
            }

            @Override
            public double nextDouble() {
                return random;
            }
        });
    }

    @Test
    void backsOffExponentiallyUpToEightHoursOverAboutThirtyHours() {
        RetrySchedule schedule = schedule(0.5);
        Duration total = Duration.ZERO;
        StringBuilder waits = new StringBuilder();
        for (int failures = 1; failures < DEFAULTS.maxAttempts(); failures++) {
            Duration wait = schedule.next(failures, null).orElseThrow();
            waits.append(wait).append(' ');
            total = total.plus(wait);
        }
        assertThat(waits.toString().strip()).isEqualTo("PT15S PT1M PT4M PT16M PT1H4M PT4H16M PT8H PT8H PT8H");
        assertThat(total).isBetween(Duration.ofHours(29), Duration.ofHours(31));
    }

    @Test
    void givesUpAfterTheLastAttempt() {
        assertThat(schedule(0.5).next(10, null)).isEmpty();
    }

    @Test
    void jitterSpreadsEachWaitByAtMostAFifth() {
        assertThat(schedule(0.0).next(2, null)).contains(Duration.ofSeconds(48));
        assertThat(schedule(0.999999).next(2, null).orElseThrow())
                .isBetween(Duration.ofSeconds(71), Duration.ofSeconds(72));
    }

    @Test
    void honoursALongerRetryAfterButNotAShorterOne() {
        assertThat(schedule(0.5).next(1, Duration.ofMinutes(10))).contains(Duration.ofMinutes(10));
        assertThat(schedule(0.5).next(3, Duration.ofSeconds(1))).contains(Duration.ofMinutes(4));
    }

    @Test
    void neverWaitsLongerThanTheMaximumWhateverTheReceiverAsks() {
        assertThat(schedule(0.5).next(1, Duration.ofDays(3))).contains(Duration.ofHours(8));
        assertThat(schedule(0.999999).next(8, null)).contains(Duration.ofHours(8));
    }
}
