package dev.artgen.worker.provider.local;

import java.util.List;

/** Mood words and the palette each one stands for. */
enum ColourScheme implements Keyed {
    SUNSET(
            List.of("sunset", "sunrise", "dusk", "warm", "evening", "twilight"),
            TimeOfDay.GOLDEN,
            Palette.of(
                    "4a1f4f", "ff9452", "ffd27f", "fff2c7", "c25a6a", "3d1424", "7a3550", "4a2233", "ff5f5f", "ffd27a",
                    "ff5f5f", "ff9452", "ffd27f", "c25a6a", "4a1f4f")),
    AUTUMN(
            List.of("autumn", "fall", "october", "harvest", "maple", "autumnal"),
            TimeOfDay.DAY,
            Palette.of(
                    "86abc9", "f6dcb0", "ffe6b0", "fff6e0", "c7845a", "4a2212", "5d7f95", "d2691e", "b83a1b", "ffd27a",
                    "d2691e", "e8a33d", "b83a1b", "8a3b12", "f2c14e")),
    FIRE(
            List.of("fire", "flame", "lava", "inferno", "burning", "ember", "hot", "volcanic"),
            TimeOfDay.GOLDEN,
            Palette.of(
                    "1c0606", "ff5a1f", "ffc14d", "fff1b0", "8a1f0f", "1a0505", "5a1208", "7a2a0a", "ff3b1f", "ffd24d",
                    "ff3b1f", "ff8a1f", "ffc14d", "8a1f0f", "1a0505")),
    OCEAN(
            List.of("ocean", "sea", "marine", "aqua", "nautical", "underwater", "coastal", "maritime"),
            TimeOfDay.DAY,
            Palette.of(
                    "1f5f99", "bfe3f5", "f0fbff", "ffffff", "6f9fc2", "0d2f52", "1667a8", "2f7d74", "3fc1c9", "fff6d5",
                    "1667a8", "3fc1c9", "bfe3f5", "0d2f52", "f6f1e7")),
    ICE(
            List.of("ice", "icy", "snow", "snowy", "winter", "frozen", "arctic", "frost", "cold", "glacier"),
            TimeOfDay.DAY,
            Palette.of(
                    "6f93bd", "eaf3fa", "ffffff", "ffffff", "b4cbe0", "3f5d7d", "5f8fb5", "4f7a7a", "9fd8ff", "ffffff",
                    "9fd8ff", "eaf3fa", "6f93bd", "3f5d7d", "ffffff")),
    NIGHT(
            List.of("night", "midnight", "moon", "moonlit", "moonlight", "starry", "nocturne", "dark"),
            TimeOfDay.NIGHT,
            Palette.of(
                    "04081a", "27386e", "7f93d1", "f3f1e0", "2a3966", "070b18", "0f1d3d", "0f2028", "8fa8ff", "ffd27a",
                    "27386e", "8fa8ff", "f3f1e0", "04081a", "ffd27a")),
    SPRING(
            List.of("spring", "lush", "jungle", "verdant", "emerald", "fresh", "summer"),
            TimeOfDay.DAY,
            Palette.of(
                    "6fb8e0", "eaf6df", "fffbe0", "fffdf0", "8dbf86", "1e4d2b", "5ca8a2", "4c9a3f", "f48fb1", "fff3b0",
                    "f48fb1", "fff176", "ffffff", "ba68c8", "ff8a65")),
    NEON(
            List.of("neon", "cyberpunk", "synthwave", "vaporwave", "retrowave", "cyber", "80s", "tron"),
            TimeOfDay.NIGHT,
            Palette.of(
                    "07000f", "ff2e97", "22e6ff", "ff66c4", "3a0b5e", "0b0016", "170533", "00ffa3", "22e6ff", "ff2e97",
                    "ff2e97", "22e6ff", "b026ff", "00ffa3", "ffe14d")),
    PASTEL(
            List.of("pastel", "dreamy", "soft", "candy", "cotton", "gentle", "kawaii"),
            TimeOfDay.DAY,
            Palette.of(
                    "a9c7f5", "ffdbe8", "fff4dc", "fffaf0", "c7b3e6", "7fa99b", "a3d5e8", "a8dfc0", "ffa8a3", "fffbea",
                    "ffa8a3", "ffd3a5", "a8dfc0", "c7b3e6", "a3d5e8")),
    MONO(
            List.of("monochrome", "noir", "grayscale", "greyscale", "black and white", "b w", "grey", "gray"),
            TimeOfDay.DAY,
            Palette.of(
                    "2a2a2a", "d9d9d9", "f2f2f2", "ffffff", "8c8c8c", "151515", "555555", "3d3d3d", "e0e0e0", "ffffff",
                    "111111", "555555", "999999", "dddddd")),
    GOLD(
            List.of("gold", "golden", "gilded", "luxury", "amber", "honey", "brass"),
            TimeOfDay.GOLDEN,
            Palette.of(
                    "2e2210", "f2cf7a", "fff0bb", "fff8dd", "a67c35", "2b1d0b", "6b5424", "8a6a25", "ffcc33", "fff0bb",
                    "ffcc33", "d4a017", "8a6a25", "2b1d0b", "fff0bb")),
    DESERT(
            List.of("desert", "dune", "sand", "sandy", "sahara", "arid", "mesa"),
            TimeOfDay.DAY,
            Palette.of(
                    "3f7fc0", "f6dcae", "fff0cf", "fffaf0", "d9965b", "7d3f1d", "4f8fb0", "8f8a45", "c0442b", "fff0cf",
                    "d9965b", "c0442b", "f6dcae", "7d3f1d", "3f7fc0")),
    COSMIC(
            List.of("cosmic", "nebula", "galaxy", "cosmos", "interstellar", "celestial"),
            TimeOfDay.NIGHT,
            Palette.of(
                    "05020f", "2b0f4d", "9b5cff", "fff4e0", "41207a", "0a0420", "1a0f3d", "2a6f8f", "ff6ec7", "7fdbff",
                    "ff6ec7", "7fdbff", "9b5cff", "ffb86b", "41207a")),
    BAUHAUS(
            List.of("bauhaus", "mondrian", "primary", "modernist", "kandinsky", "mid century"),
            TimeOfDay.DAY,
            Palette.of(
                    "1d3557", "f1e9da", "fff5e0", "f4c430", "1b4f9c", "1a1a1a", "1b4f9c", "2a7f62", "d7263d", "f4c430",
                    "d7263d", "f4c430", "1b4f9c", "1a1a1a")),
    ALPINE(
            List.of("alpine", "clear", "crisp", "fresh air", "blue sky"),
            TimeOfDay.DAY,
            Palette.of(
                    "3a78c2", "dcecf7", "fffbe8", "ffffff", "8aa6c4", "23402f", "3f86a8", "3f7a45", "e05a47", "fffbe8",
                    "3a78c2", "dcecf7", "8aa6c4", "23402f", "e05a47"));

    private final List<String> keywords;
    private final TimeOfDay usualTime;
    private final Palette palette;

    ColourScheme(List<String> keywords, TimeOfDay usualTime, Palette palette) {
        this.keywords = keywords;
        this.usualTime = usualTime;
        this.palette = palette;
    }

    @Override
    public List<String> keywords() {
        return keywords;
    }

    /** The time of day this mood implies when the prompt does not say. */
    TimeOfDay usualTime() {
        return usualTime;
    }

    Palette palette() {
        return palette;
    }

    /** The scheme that suits a time of day named without a mood ("at night"). */
    static ColourScheme forTime(TimeOfDay time) {
        return switch (time) {
            case DAY -> ALPINE;
            case GOLDEN -> SUNSET;
            case NIGHT -> NIGHT;
        };
    }
}
