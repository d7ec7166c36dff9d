package dev.artgen.infra.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import java.util.Arrays;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

/** The fault knobs: parsing (CLI, admin JSON), distributions and the seeded decision sequence. */
class FaultSettingsTest {

    @Test
    void parsesLatencyForms() {
        assertThat(Latency.parse("0")).isEqualTo(new Latency.Fixed(Duration.ZERO));
        assertThat(Latency.parse("1500ms")).isEqualTo(new Latency.Fixed(Duration.ofMillis(1500)));
        assertThat(Latency.parse("2s..20s"))
                .isEqualTo(new Latency.Uniform(Duration.ofSeconds(2), Duration.ofSeconds(20)));
        assertThat(Latency.parse("lognormal:3s,30s"))
                .isEqualTo(new Latency.LogNormal(Duration.ofSeconds(3), Duration.ofSeconds(30)));
        assertThat(Latency.parse("2s..20s").describe()).isEqualTo("2s..20s");
        assertThatThrownBy(() -> Latency.parse("fast")).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Latency.parse("5s..1s")).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void logNormalHitsItsMedianAndP99() {
        Latency latency = Latency.parse("lognormal:2s,20s");
        SplittableRandom random = new SplittableRandom(1);
        long[] millis = new long[20_000];
        for (int i = 0; i < millis.length; i++) {
            millis[i] = latency.sample(random).toMillis();
        }
        Arrays.sort(millis);
        assertThat(millis[millis.length / 2]).isBetween(1_850L, 2_150L);
        assertThat(millis[(int) (millis.length * 0.99)]).isBetween(17_000L, 23_000L);
    }

    @Test
    void uniformStaysInItsRange() {
        Latency latency = Latency.parse("100ms..200ms");
        SplittableRandom random = new SplittableRandom(3);
        for (int i = 0; i < 1000; i++) {
            assertThat(latency.sample(random)).isBetween(Duration.ofMillis(100), Duration.ofMillis(200));
        }
    }

    @Test
    void ratesMustBeFractionsThatFitTogether() {
        assertThatThrownBy(() -> Faults.none().withServerErrorRate(1.5)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> Faults.none().withServerErrorRate(0.6).withOverloadedRate(0.6))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void theDecisionSequenceDependsOnlyOnTheSeed() {
        Faults faults =
                Faults.none().withServerErrorRate(0.2).withRateLimitRate(0.1).withLatency(Latency.parse("1s..2s"));
        FaultInjector a = new FaultInjector(faults, 99);
        FaultInjector b = new FaultInjector(faults, 99);
        for (int i = 0; i < 200; i++) {
            assertThat(a.next()).isEqualTo(b.next());
        }
    }

    @Test
    void aBurstComesFirstThenCountsDown() {
        FaultInjector injector = new FaultInjector(Faults.none().withBurst(new Burst(2, Duration.ofSeconds(4))), 1);
        assertThat(injector.next().kind()).isEqualTo(FaultInjector.Kind.BURST_RATE_LIMIT);
        assertThat(injector.next().retryAfter()).isEqualTo(Duration.ofSeconds(4));
        assertThat(injector.next().kind()).isEqualTo(FaultInjector.Kind.PROCEED);
        assertThat(injector.burstRemaining()).isZero();
    }

    @Test
    void commandLineSetsEveryKnob() {
        EmulatorArguments args = EmulatorArguments.parse(new String[] {
            "--port",
            "8090",
            "--latency",
            "2s..20s",
            "--error-rate-500",
            "0.02",
            "--error-rate-503=0.01",
            "--rate-limit-rate",
            "0.03",
            "--quota-rate",
            "0.001",
            "--moderation-rate",
            "0.004",
            "--timeout-rate",
            "0.005",
            "--timeout",
            "90s",
            "--retry-after",
            "3s",
            "--burst",
            "5:2s",
            "--rpm",
            "60",
            "--api-key",
            "sk-x",
            "--seed",
            "11"
        });
        assertThat(args.port()).isEqualTo(8090);
        Faults f = args.settings().faults();
        assertThat(f.latency()).isEqualTo(Latency.parse("2s..20s"));
        assertThat(f.serverErrorRate()).isEqualTo(0.02);
        assertThat(f.overloadedRate()).isEqualTo(0.01);
        assertThat(f.rateLimitRate()).isEqualTo(0.03);
        assertThat(f.insufficientQuotaRate()).isEqualTo(0.001);
        assertThat(f.moderationRate()).isEqualTo(0.004);
        assertThat(f.timeoutRate()).isEqualTo(0.005);
        assertThat(f.timeout()).isEqualTo(Duration.ofSeconds(90));
        assertThat(f.retryAfter()).isEqualTo(Duration.ofSeconds(3));
        assertThat(f.burst()).isEqualTo(new Burst(5, Duration.ofSeconds(2)));
        assertThat(f.requestsPerMinute()).isEqualTo(60);
        assertThat(args.settings().apiKey()).isEqualTo("sk-x");
        assertThat(args.settings().seed()).isEqualTo(11);
        assertThatThrownBy(() -> EmulatorArguments.parse(new String[] {"--colour", "red"}))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void adminJsonMergesOntoTheCurrentFaults() {
        Faults merged = Faults.none()
                .withServerErrorRate(0.1)
                .merge(EmulatorClient.JSON.readTree(
                        "{\"latency\":\"lognormal:1s,5s\",\"burst\":{\"requests\":3,\"retry_after\":\"2s\"},"
                                + "\"timeout_rate\":0.2,\"timeout\":\"5s\"}"));
        assertThat(merged.serverErrorRate()).isEqualTo(0.1);
        assertThat(merged.latency()).isEqualTo(Latency.parse("lognormal:1s,5s"));
        assertThat(merged.burst()).isEqualTo(new Burst(3, Duration.ofSeconds(2)));
        assertThat(merged.timeoutRate()).isEqualTo(0.2);
        assertThat(merged.timeout()).isEqualTo(Duration.ofSeconds(5));
    }

    @Test
    void rateLimitHeadersUseOpenAisDurationStyle() {
        assertThat(RateLimitHeaders.duration(Duration.ofMillis(120))).isEqualTo("120ms");
        assertThat(RateLimitHeaders.duration(Duration.ofSeconds(1))).isEqualTo("1s");
        assertThat(RateLimitHeaders.duration(Duration.ofMillis(8640))).isEqualTo("8.64s");
        assertThat(RateLimitHeaders.duration(Duration.ofMinutes(6))).isEqualTo("6m0s");
        assertThat(RateLimitHeaders.retryAfter(Duration.ofMillis(1200)))
                .containsEntry("retry-after", "2")
                .containsEntry("retry-after-ms", "1200");
    }

    @Test
    void theBucketRefillsContinuously() {
        long[] now = {0};
        RateLimitHeaders bucket = new RateLimitHeaders(60, () -> now[0]);
        for (int i = 0; i < 60; i++) {
            assertThat(bucket.take(true).allowed()).isTrue();
        }
        RateLimitHeaders.Snapshot empty = bucket.take(true);
        assertThat(empty.allowed()).isFalse();
        assertThat(empty.retryAfter()).isEqualTo(Duration.ofSeconds(1));
        assertThat(empty.reset()).isEqualTo(Duration.ofSeconds(60));
        now[0] = Duration.ofSeconds(1).toNanos();
        assertThat(bucket.take(true).allowed()).isTrue();
    }
}
