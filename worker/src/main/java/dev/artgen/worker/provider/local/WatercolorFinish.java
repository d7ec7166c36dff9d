package dev.artgen.worker.provider.local;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Watercolour: soft, diluted washes laid on textured paper; pigment pools at the edges of shapes and settles
 * unevenly in the paper's grain. Colours multiply with the paper, as transparent paint does.
 */
final class WatercolorFinish implements Finish {

    private static final int PAPER_R = 247;
    private static final int PAPER_G = 242;
    private static final int PAPER_B = 230;

    @Override
    public BufferedImage apply(BufferedImage image, Scene scene, Detail detail, SplittableRandom rng) {
        int w = image.getWidth();
        int h = image.getHeight();
        int spread = Math.max(2, Integer.highestOneBit(Math.max(2, Math.min(w, h) / 96)));
        BufferedImage soft = Images.blurred(image, spread);
        BufferedImage softer = Images.blurred(image, spread * 4);
        int[] sharp = Images.pixels(image);
        int[] wash = Images.pixels(soft);
        int[] bleed = Images.pixels(softer);
        BufferedImage out = Images.blank(w, h, false);
        int[] dst = Images.pixels(out);
        NoiseTile noise = NoiseTile.SHARED;
        int ox = rng.nextInt(256);
        int oy = rng.nextInt(256);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int i = row + x;
                int s = sharp[i];
                int a = vivid(wash[i]);
                int b = vivid(bleed[i]);
                // Sampled at a third of the resolution so blotches are large and the tile does not visibly repeat.
                float granulation = noise.smooth(x / 3 + ox, y / 3 + oy) * 0.6f + noise.smooth(x + oy, y + ox) * 0.4f;
                float fibre = noise.fine(x * 3 + oy, y + ox);
                // Where the sharp picture differs from the wash there is an edge: pigment gathers there.
                float edge = Math.min(1f, Math.abs(Images.luma(s) - Images.luma(a)) / 60f);
                float dilution = 0.62f + 0.08f * granulation;
                float edgeDarken = 1f + 0.6f * edge;
                int r = pigment(Images.red(a), Images.red(b), Images.red(s), dilution, edgeDarken);
                int g = pigment(Images.green(a), Images.green(b), Images.green(s), dilution, edgeDarken);
                int bl = pigment(Images.blue(a), Images.blue(b), Images.blue(s), dilution, edgeDarken);
                float paperTone = 1f + 0.03f * fibre;
                dst[i] = Images.rgb(
                        (int) (PAPER_R * paperTone * (255 - r) / 255f),
                        (int) (PAPER_G * paperTone * (255 - g) / 255f),
                        (int) (PAPER_B * paperTone * (255 - bl) / 255f));
            }
        }
        return out;
    }

    /** Pushes a colour away from its grey, because diluting pigment on paper washes colours out. */
    private static int vivid(int rgb) {
        int l = Images.luma(rgb);
        return Images.rgb(
                l + (Images.red(rgb) - l) * 3 / 2,
                l + (Images.green(rgb) - l) * 3 / 2,
                l + (Images.blue(rgb) - l) * 3 / 2);
    }

    /** Pigment density 0..255 for one channel: mostly the wash, some bleed, a trace of the drawing. */
    private static int pigment(int wash, int bleed, int sharp, float dilution, float edgeDarken) {
        float colour = wash * 0.55f + bleed * 0.25f + sharp * 0.2f;
        float density = (255 - colour) * dilution * edgeDarken;
        return (int) Math.min(250f, Math.max(0f, density));
    }
}
