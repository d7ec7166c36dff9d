package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.util.ArrayList;
import java.util.List;

/**
 * The colours of a scene, by role.
 *
 * @param skyTop     zenith colour of the sky gradient
 * @param skyHorizon sky at the horizon; also the haze that distant layers fade into
 * @param glow       halo around the sun and light on clouds
 * @param sun        the sun or moon disc
 * @param far        the most distant land layer
 * @param near       the nearest land layer
 * @param water      sea and lakes
 * @param foliage    trees, grass and leaves
 * @param accent     the eye-catching colour: flowers, signs, highlights
 * @param light      lit windows, lamps and sparkles
 * @param swatches   colours for many small things (flowers, abstract shapes), most important first
 */
record Palette(
        Color skyTop,
        Color skyHorizon,
        Color glow,
        Color sun,
        Color far,
        Color near,
        Color water,
        Color foliage,
        Color accent,
        Color light,
        List<Color> swatches) {

    Palette {
        swatches = List.copyOf(swatches);
    }

    static Palette of(
            String skyTop,
            String skyHorizon,
            String glow,
            String sun,
            String far,
            String near,
            String water,
            String foliage,
            String accent,
            String light,
            String... swatches) {
        return new Palette(
                Colours.hex(skyTop),
                Colours.hex(skyHorizon),
                Colours.hex(glow),
                Colours.hex(sun),
                Colours.hex(far),
                Colours.hex(near),
                Colours.hex(water),
                Colours.hex(foliage),
                Colours.hex(accent),
                Colours.hex(light),
                java.util.Arrays.stream(swatches).map(Colours::hex).toList());
    }

    /** The colour of a land layer at depth 0 (farthest) to 1 (nearest), hazed toward the horizon. */
    Color depth(double t) {
        Color land = Colours.mix(far, near, t);
        return Colours.mix(land, skyHorizon, (1 - t) * 0.35);
    }

    /** Adds another scheme's swatches after this one's, for prompts naming two moods ("red and gold"). */
    Palette withSecondary(Palette other) {
        return new Palette(
                skyTop,
                skyHorizon,
                glow,
                sun,
                far,
                near,
                water,
                foliage,
                accent,
                light,
                interleave(swatches, other.swatches));
    }

    /** Recolours accents with a named colour and lightly tints the land so the colour reads everywhere. */
    Palette tinted(Color tint) {
        List<Color> leading = List.of(tint, Colours.lighter(tint, 0.35), Colours.darker(tint, 0.3));
        List<Color> merged = new ArrayList<>(leading);
        merged.addAll(swatches);
        return new Palette(
                skyTop,
                skyHorizon,
                glow,
                sun,
                Colours.mix(far, tint, 0.3),
                Colours.mix(near, Colours.darker(tint, 0.6), 0.25),
                water,
                foliage,
                tint,
                light,
                merged);
    }

    private static List<Color> interleave(List<Color> first, List<Color> second) {
        List<Color> result = new ArrayList<>();
        for (int i = 0; i < Math.max(first.size(), second.size()); i++) {
            if (i < first.size() && !result.contains(first.get(i))) {
                result.add(first.get(i));
            }
            if (i < second.size() && !result.contains(second.get(i))) {
                result.add(second.get(i));
            }
        }
        return result;
    }
}
