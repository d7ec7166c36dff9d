package dev.artgen.infra.openai;

import java.time.Duration;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads and writes the short durations the CLI and admin endpoint use: "250ms", "2s", "1.5s", "3m", "PT2S". */
final class Durations {

    private static final Pattern SHORT = Pattern.compile("(\\d+(?:\\.\\d+)?)\\s*(ms|s|m|h)?");

    private Durations() {}

    static Duration parse(String text) {
        String s = text.strip().toLowerCase(Locale.ROOT);
        if (s.startsWith("pt")) {
            return Duration.parse(s.toUpperCase(Locale.ROOT));
        }
        Matcher m = SHORT.matcher(s);
        if (!m.matches()) {
            throw new IllegalArgumentException("not a duration: " + text + " (use e.g. 250ms, 2s, 1.5s, 3m)");
        }
        double amount = Double.parseDouble(m.group(1));
        String unit = m.group(2) == null ? (amount == 0 ? "s" : null) : m.group(2);
        if (unit == null) {
            throw new IllegalArgumentException("duration needs a unit (ms, s, m, h): " + text);
        }
        double millis = switch (unit) {
            case "ms" -> amount;
            case "s" -> amount * 1_000;
            case "m" -> amount * 60_000;
            default -> amount * 3_600_000;
        };
        return Duration.ofNanos(Math.round(millis * 1_000_000));
    }

    static String format(Duration d) {
        long millis = d.toMillis();
        if (millis % 1000 != 0 || millis == 0) {
            return millis + "ms";
        }
        return (millis / 1000) + "s";
    }
}
