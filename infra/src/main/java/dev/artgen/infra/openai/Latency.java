package dev.artgen.infra.openai;

import java.time.Duration;
import java.util.Locale;
import java.util.random.RandomGenerator;

/** How long a successful (or server-failed) answer takes, drawn per request. */
public sealed interface Latency {

    /** No added delay. */
    Latency NONE = new Fixed(Duration.ZERO);

    Duration sample(RandomGenerator random);

    /** The form {@link #parse} reads back. */
    String describe();

    /** Always the same delay. */
    record Fixed(Duration delay) implements Latency {
        @Override
        public Duration sample(RandomGenerator random) {
            return delay;
        }

        @Override
        public String describe() {
            return Durations.format(delay);
        }
    }

    /** Uniform between min and max. */
    record Uniform(Duration min, Duration max) implements Latency {
        public Uniform {
            if (max.compareTo(min) < 0) {
                throw new IllegalArgumentException("latency max " + max + " is below min " + min);
            }
        }

        @Override
        public Duration sample(RandomGenerator random) {
            long span = max.toNanos() - min.toNanos();
            return min.plusNanos(span == 0 ? 0 : random.nextLong(span + 1));
        }

        @Override
        public String describe() {
            return Durations.format(min) + ".." + Durations.format(max);
        }
    }

    /**
     * Log-normal with the given median and 99th percentile: remote image calls have a long right tail, which a
     * uniform spread hides. sigma = ln(p99 / median) / z(0.99).
     */
    record LogNormal(Duration median, Duration p99) implements Latency {
        private static final double Z_99 = 2.3263478740408408;

        public LogNormal {
            if (median.isNegative() || median.isZero() || p99.compareTo(median) < 0) {
                throw new IllegalArgumentException("log-normal latency needs 0 < median <= p99");
            }
        }

        @Override
        public Duration sample(RandomGenerator random) {
            double sigma = Math.log((double) p99.toNanos() / median.toNanos()) / Z_99;
            double nanos = median.toNanos() * Math.exp(sigma * random.nextGaussian());
            return Duration.ofNanos((long) Math.min(nanos, Long.MAX_VALUE / 2.0));
        }

        @Override
        public String describe() {
            return "lognormal:" + Durations.format(median) + "," + Durations.format(p99);
        }
    }

    /**
     * Reads "0", "1500ms", "2s" (fixed), "2s..20s" (uniform) or "lognormal:3s,30s" (median, p99).
     *
     * @throws IllegalArgumentException for anything else
     */
    static Latency parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("lognormal:")) {
            String[] parts = s.substring("lognormal:".length()).split(",");
            if (parts.length != 2) {
                throw new IllegalArgumentException("expected lognormal:MEDIAN,P99 but got " + text);
            }
            return new LogNormal(Durations.parse(parts[0]), Durations.parse(parts[1]));
        }
        int range = s.indexOf("..");
        if (range >= 0) {
            return new Uniform(Durations.parse(s.substring(0, range)), Durations.parse(s.substring(range + 2)));
        }
        return new Fixed(Durations.parse(s));
    }
}
