package dev.artgen.worker.provider.local;

import java.util.List;

/** Optional scene elements that several subjects can add. */
enum Feature implements Keyed {
    WATER(
            "lake",
            "river",
            "reflection",
            "reflected",
            "reflections",
            "harbor",
            "harbour",
            "bay",
            "water",
            "pond",
            "waterfront",
            "sea",
            "ocean",
            "canal"),
    SNOW("snow", "snowy", "winter", "ice", "icy", "glacier", "frozen", "arctic"),
    MIST("mist", "misty", "fog", "foggy", "haze", "hazy", "quiet", "calm", "serene", "tranquil"),
    WAVES("wave", "storm", "stormy", "surf", "rough", "crashing", "tide"),
    CLOUDS("cloud", "cloudy", "overcast", "sky");

    private final List<String> keywords;

    Feature(String... keywords) {
        this.keywords = List.of(keywords);
    }

    @Override
    public List<String> keywords() {
        return keywords;
    }
}
