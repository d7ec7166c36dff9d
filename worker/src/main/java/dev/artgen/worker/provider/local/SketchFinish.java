package dev.artgen.worker.provider.local;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** Pen and ink on paper: contour lines where shapes meet, cross-hatching for shadow, a faint colour wash. */
final class SketchFinish implements Finish {

    @Override
    public BufferedImage apply(BufferedImage image, Scene scene, Detail detail, SplittableRandom rng) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] src = Images.pixels(image);
        int[] luma = Images.lumas(src);
        float[] edges = Images.edges(luma, w, h);
        // Tones are stretched between the picture's own darkest and lightest values, so a night scene is not
        // hatched into one grey mass.
        int[] histogram = new int[256];
        for (int v : luma) {
            histogram[v]++;
        }
        int low = percentile(histogram, luma.length, 0.02);
        int high = Math.max(low + 32, percentile(histogram, luma.length, 0.98));
        int period = Math.max(4, Math.round(Math.min(w, h) / 150f));
        float lineWidth = Math.max(1f, period / 6f);
        BufferedImage out = Images.blank(w, h, false);
        int[] dst = Images.pixels(out);
        NoiseTile noise = NoiseTile.SHARED;
        int ox = rng.nextInt(256);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int i = row + x;
                float dark = 1f - Math.clamp((luma[i] - low) / (float) (high - low), 0f, 1f);
                int wobble = (int) (noise.smooth(x / 2 + ox, y / 2) * period);
                float hatch = 0f;
                if (dark > 0.42f && Math.floorMod(x + y + wobble, period) < lineWidth) {
                    hatch = 0.55f;
                }
                if (dark > 0.62f && Math.floorMod(x - y + wobble, period) < lineWidth) {
                    hatch = 0.75f;
                }
                if (dark > 0.8f && Math.floorMod(y + wobble / 2, Math.max(3, period / 2 + 1)) < lineWidth) {
                    hatch = 0.9f;
                }
                float contour = smoothstep(0.05f, 0.22f, edges[i]);
                float pencil = 0.75f + 0.25f * noise.fine(x + ox, y);
                float ink = Math.min(1f, Math.max(contour, hatch) * pencil);
                float paper = 1f + 0.02f * noise.fine(x * 3, y + ox);
                int p = src[i];
                float wr = (246 * paper) * (0.8f + 0.2f * Images.red(p) / 255f);
                float wg = (241 * paper) * (0.8f + 0.2f * Images.green(p) / 255f);
                float wb = (229 * paper) * (0.8f + 0.2f * Images.blue(p) / 255f);
                dst[i] = Images.rgb((int) (wr * (1 - ink) + 38 * ink), (int) (wg * (1 - ink) + 36 * ink), (int)
                        (wb * (1 - ink) + 48 * ink));
            }
        }
        return out;
    }

    private static int percentile(int[] histogram, int total, double share) {
        long seen = 0;
        for (int v = 0; v < histogram.length; v++) {
            seen += histogram[v];
            if (seen >= total * share) {
                return v;
            }
        }
        return 255;
    }

    private static float smoothstep(float from, float to, float v) {
        float t = Math.max(0f, Math.min(1f, (v - from) / (to - from)));
        return t * t * (3 - 2 * t);
    }
}
