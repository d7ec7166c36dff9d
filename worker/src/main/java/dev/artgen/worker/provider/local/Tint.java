package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.util.List;

/** Plain colour words: they recolour accents (flowers, shapes) and tint the landscape. */
enum Tint implements Keyed {
    RED(0xd62828, "red", "crimson", "scarlet", "ruby", "cherry"),
    ORANGE(0xf77f00, "orange", "tangerine", "copper"),
    YELLOW(0xf6c915, "yellow", "lemon", "mustard"),
    GREEN(0x2f9e44, "green", "lime", "olive", "jade"),
    BLUE(0x1c6dd0, "blue", "azure", "cobalt", "navy", "sapphire"),
    PURPLE(0x7b2cbf, "purple", "violet", "lavender", "lilac", "indigo", "amethyst"),
    PINK(0xf15bb5, "pink", "magenta", "fuchsia"),
    TEAL(0x0fa3b1, "teal", "turquoise", "cyan"),
    WHITE(0xf4f1ea, "white", "ivory", "pearl");

    private final Color colour;
    private final List<String> keywords;

    Tint(int rgb, String... keywords) {
        this.colour = new Color(rgb);
        this.keywords = List.of(keywords);
    }

    Color colour() {
        return colour;
    }

    @Override
    public List<String> keywords() {
        return keywords;
    }
}
