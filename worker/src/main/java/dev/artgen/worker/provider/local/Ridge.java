package dev.artgen.worker.provider.local;

import java.awt.geom.Path2D;
import java.util.SplittableRandom;

/** A fractal skyline profile (midpoint displacement), used for mountains, hills, dunes and islands. */
final class Ridge {

    private final double[] heights;

    private Ridge(double[] heights) {
        this.heights = heights;
    }

    /**
     * @param segments  number of segments, rounded up to a power of two
     * @param roughness how much each halving keeps of the displacement: 0.4 smooth hills, 0.6 jagged peaks
     */
    static Ridge fractal(SplittableRandom rng, int segments, double roughness) {
        int n = Integer.highestOneBit(Math.max(2, segments - 1)) << 1;
        double[] h = new double[n + 1];
        h[0] = rng.nextDouble();
        h[n] = rng.nextDouble();
        double spread = 1.0;
        for (int step = n; step > 1; step /= 2) {
            for (int i = step / 2; i < n; i += step) {
                h[i] = (h[i - step / 2] + h[i + step / 2]) / 2 + (rng.nextDouble() - 0.5) * spread;
            }
            spread *= roughness;
        }
        return new Ridge(normalised(h));
    }

    /** Height 0..1 at a horizontal position 0..1. */
    double at(double x) {
        double pos = Math.clamp(x, 0.0, 1.0) * (heights.length - 1);
        int i = Math.min((int) pos, heights.length - 2);
        double t = pos - i;
        return heights[i] * (1 - t) + heights[i + 1] * t;
    }

    /** The filled shape under the ridge: top at {@code baseY - amplitude * height}, down to {@code bottomY}. */
    Path2D.Double shape(double x0, double x1, double baseY, double amplitude, double bottomY) {
        Path2D.Double path = new Path2D.Double();
        path.moveTo(x0, bottomY);
        int n = heights.length - 1;
        for (int i = 0; i <= n; i++) {
            path.lineTo(x0 + (x1 - x0) * i / n, baseY - amplitude * heights[i]);
        }
        path.lineTo(x1, bottomY);
        path.closePath();
        return path;
    }

    private static double[] normalised(double[] h) {
        double min = Double.MAX_VALUE;
        double max = -Double.MAX_VALUE;
        for (double v : h) {
            min = Math.min(min, v);
            max = Math.max(max, v);
        }
        double range = Math.max(1e-9, max - min);
        double[] out = new double[h.length];
        for (int i = 0; i < h.length; i++) {
            out[i] = (h[i] - min) / range;
        }
        return out;
    }
}
