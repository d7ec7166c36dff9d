package dev.artgen.worker.provider.local;

import java.util.List;

/** When the scene happens: decides sun or moon, stars and how lit the windows are. */
enum TimeOfDay implements Keyed {
    DAY("day", "daytime", "noon", "midday", "sunny", "afternoon", "morning", "bright", "summer"),
    GOLDEN("sunset", "sunrise", "dusk", "dawn", "twilight", "evening", "golden hour"),
    NIGHT("night", "midnight", "moon", "moonlit", "moonlight", "starry", "nocturne", "nighttime");

    private final List<String> keywords;

    TimeOfDay(String... keywords) {
        this.keywords = List.of(keywords);
    }

    @Override
    public List<String> keywords() {
        return keywords;
    }
}
