package dev.artgen.worker.provider.local;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** Neon: the picture sinks into darkness and every contour becomes a glowing tube of saturated light. */
final class NeonFinish implements Finish {

    @Override
    public BufferedImage apply(BufferedImage image, Scene scene, Detail detail, SplittableRandom rng) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] src = Images.pixels(image);
        int[] luma = Images.lumas(src);
        float[] edges = Images.edges(luma, w, h);
        int top = scene.palette().accent().getRGB();
        int bottom = scene.palette().light().getRGB();
        BufferedImage tubes = Images.blank(w, h, false);
        int[] tube = Images.pixels(tubes);
        for (int y = 0; y < h; y++) {
            int row = y * w;
            int fallback = mix(top, bottom, y / (float) h);
            for (int x = 0; x < w; x++) {
                int i = row + x;
                float e = edges[i];
                if (e < 0.04f) {
                    continue;
                }
                float strength = Math.min(1f, (e - 0.04f) / 0.16f);
                int colour = saturated(src[i], fallback);
                tube[i] =
                        Images.rgb((int) (Images.red(colour) * strength), (int) (Images.green(colour) * strength), (int)
                                (Images.blue(colour) * strength));
            }
        }
        int spread = Math.max(2, Integer.highestOneBit(Math.max(2, Math.min(w, h) / 80)));
        int[] wide = Images.pixels(Images.blurred(tubes, spread * 2));
        int[] tight = Images.pixels(Images.blurred(tubes, Math.max(2, spread / 2)));
        BufferedImage out = Images.blank(w, h, false);
        int[] dst = Images.pixels(out);
        for (int i = 0; i < dst.length; i++) {
            int s = src[i];
            int t = tube[i];
            int a = wide[i];
            int b = tight[i];
            int core = (int) (Math.max(0, edges[i] - 0.15f) * 300);
            dst[i] = Images.rgb(
                    Images.red(s) / 5 + Images.red(a) * 2 + Images.red(b) + Images.red(t) + core,
                    Images.green(s) / 5 + Images.green(a) * 2 + Images.green(b) + Images.green(t) + core,
                    Images.blue(s) / 5 + Images.blue(a) * 2 + Images.blue(b) + Images.blue(t) + core);
        }
        return out;
    }

    /** The same hue at full saturation and brightness; greys take the palette's neon instead. */
    private static int saturated(int rgb, int fallback) {
        int r = Images.red(rgb);
        int g = Images.green(rgb);
        int b = Images.blue(rgb);
        int max = Math.max(r, Math.max(g, b));
        int min = Math.min(r, Math.min(g, b));
        if (max - min < 28) {
            return fallback;
        }
        float scale = 255f / (max - min);
        return Images.rgb((int) ((r - min) * scale), (int) ((g - min) * scale), (int) ((b - min) * scale));
    }

    private static int mix(int a, int b, float t) {
        return Images.rgb(
                (int) (Images.red(a) + (Images.red(b) - Images.red(a)) * t),
                (int) (Images.green(a) + (Images.green(b) - Images.green(a)) * t),
                (int) (Images.blue(a) + (Images.blue(b) - Images.blue(a)) * t));
    }
}
