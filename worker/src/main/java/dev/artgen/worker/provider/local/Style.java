package dev.artgen.worker.provider.local;

import java.util.List;

/** How the picture is painted; applied as a finish over the composed layers. */
enum Style implements Keyed {
    WATERCOLOR("watercolor", "watercolour", "aquarelle", "gouache", "wash"),
    PIXEL("pixel", "pixelated", "pixel art", "8-bit", "8bit", "16-bit", "16bit", "retro game", "sprite", "arcade"),
    NEON("neon", "glow", "glowing", "synthwave", "tron", "laser", "fluorescent"),
    FLAT("minimal", "minimalist", "minimalism", "flat", "vector", "simple", "clean", "poster"),
    OIL(
            "oil",
            "impressionist",
            "impressionism",
            "impasto",
            "van gogh",
            "monet",
            "brushstroke",
            "brush stroke",
            "acrylic",
            "canvas"),
    SKETCH(
            "sketch",
            "ink",
            "pencil",
            "drawing",
            "charcoal",
            "line art",
            "lineart",
            "etching",
            "engraving",
            "doodle",
            "hatching"),
    /** The default: soft gradients, glow, a little grain and a vignette. */
    PAINTERLY("painting", "digital", "illustration", "painterly");

    private final List<String> keywords;

    Style(String... keywords) {
        this.keywords = List.of(keywords);
    }

    @Override
    public List<String> keywords() {
        return keywords;
    }
}
