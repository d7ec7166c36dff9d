package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;

/** The pixel-art finish: the scene painted tiny without smoothing, reduced to a small palette, then blown up. */
final class PixelArt {

    private static final int[] BAYER = {0, 8, 2, 10, 12, 4, 14, 6, 3, 11, 1, 9, 15, 7, 13, 5};
    private static final int DITHER = 18;

    private PixelArt() {}

    /** Size of one art pixel, in output pixels, for a canvas. */
    static int blockSize(int width, int height, Detail detail) {
        int across = switch (detail) {
            case LOW -> 96;
            case MEDIUM -> 128;
            case HIGH -> 160;
        };
        return Math.max(2, Math.round(Math.max(width, height) / (float) across));
    }

    static int smallSide(int side, int block) {
        return (side + block - 1) / block;
    }

    /**
     * Maps every pixel to the nearest colour of a fixed palette built from the scene's colours, with a light
     * ordered dither so gradients become the stepped bands of 8-bit games.
     */
    static void posterise(BufferedImage small, Palette palette) {
        int[] colours = limitedPalette(palette);
        int w = small.getWidth();
        int[] px = Images.pixels(small);
        for (int i = 0; i < px.length; i++) {
            int threshold = (BAYER[((i / w) & 3) * 4 + ((i % w) & 3)] - 8) * DITHER / 16;
            int p = px[i];
            int r = Images.red(p) + threshold;
            int g = Images.green(p) + threshold;
            int b = Images.blue(p) + threshold;
            int best = colours[0];
            int bestDistance = Integer.MAX_VALUE;
            for (int c : colours) {
                int dr = Images.red(c) - r;
                int dg = Images.green(c) - g;
                int db = Images.blue(c) - b;
                int d = 3 * dr * dr + 4 * dg * dg + 2 * db * db;
                if (d < bestDistance) {
                    bestDistance = d;
                    best = c;
                }
            }
            px[i] = ((p >>> 24) >= 128 ? 0xff000000 : 0) | best;
        }
    }

    /** Scales up so every art pixel becomes an exact block x block square, anchored at the top left. */
    static BufferedImage enlarge(BufferedImage small, int width, int height, int block) {
        BufferedImage big = Images.scaled(
                small,
                small.getWidth() * block,
                small.getHeight() * block,
                RenderingHints.VALUE_INTERPOLATION_NEAREST_NEIGHBOR);
        if (big.getWidth() == width && big.getHeight() == height) {
            return big;
        }
        BufferedImage out = Images.blank(width, height, small.getType() == BufferedImage.TYPE_INT_ARGB);
        var g = out.createGraphics();
        g.drawImage(big, 0, 0, null);
        g.dispose();
        return out;
    }

    private static int[] limitedPalette(Palette p) {
        List<Color> base = new ArrayList<>(List.of(
                p.skyTop(),
                p.skyHorizon(),
                p.glow(),
                p.sun(),
                p.far(),
                p.near(),
                p.water(),
                p.foliage(),
                p.accent(),
                p.light(),
                Color.WHITE,
                new Color(0x141018)));
        base.addAll(p.swatches());
        List<Integer> out = new ArrayList<>();
        for (Color c : base) {
            for (Color shade : List.of(
                    c, Colours.mix(c, p.skyHorizon(), 0.35), Colours.darker(c, 0.3), Colours.mix(c, p.skyTop(), 0.5))) {
                int rgb = shade.getRGB() & 0xffffff;
                if (!out.contains(rgb)) {
                    out.add(rgb);
                }
            }
        }
        return out.stream().mapToInt(Integer::intValue).toArray();
    }
}
