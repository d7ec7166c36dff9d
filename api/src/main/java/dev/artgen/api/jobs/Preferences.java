package dev.artgen.api.jobs;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads RFC 7240 {@code Prefer} headers; a preference we cannot read is ignored, as the RFC allows. */
final class Preferences {

    private static final Pattern WAIT =
            Pattern.compile("\\s*wait\\s*=\\s*\"?(\\d{1,9})\"?\\s*", Pattern.CASE_INSENSITIVE);

    private Preferences() {}

    /** The {@code wait=N} preference among all {@code Prefer} headers and their comma-separated parts. */
    static Optional<Duration> waitOf(List<String> headers) {
        for (String header : headers) {
            for (String preference : header.split(",")) {
                // Parameters after ';' belong to the preference and do not change wait's value.
                Matcher matcher = WAIT.matcher(preference.split(";", 2)[0]);
                if (matcher.matches()) {
                    return Optional.of(Duration.ofSeconds(Long.parseLong(matcher.group(1))));
                }
            }
        }
        return Optional.empty();
    }
}
