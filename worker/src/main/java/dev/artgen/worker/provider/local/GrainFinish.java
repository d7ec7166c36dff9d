package dev.artgen.worker.provider.local;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** The default finish: a whisper of film grain and a soft vignette that holds the eye in the picture. */
final class GrainFinish implements Finish {

    @Override
    public BufferedImage apply(BufferedImage image, Scene scene, Detail detail, SplittableRandom rng) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = Images.pixels(image);
        NoiseTile noise = NoiseTile.SHARED;
        int ox = rng.nextInt(256);
        int oy = rng.nextInt(256);
        float[] colFalloff = new float[w];
        for (int x = 0; x < w; x++) {
            float d = (x - w / 2f) / (w / 2f);
            colFalloff[x] = d * d;
        }
        for (int y = 0; y < h; y++) {
            float dy = (y - h / 2f) / (h / 2f);
            float rowFalloff = dy * dy;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                float vignette = 1f - 0.22f * Math.min(1f, (colFalloff[x] + rowFalloff) * 0.5f);
                int grain = (int) (noise.fine(x + ox, y + oy) * 5f);
                int p = px[row + x];
                px[row + x] = Images.rgb(
                        (int) (Images.red(p) * vignette) + grain,
                        (int) (Images.green(p) * vignette) + grain,
                        (int) (Images.blue(p) * vignette) + grain);
            }
        }
        return image;
    }
}
