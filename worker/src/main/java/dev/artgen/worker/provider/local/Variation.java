package dev.artgen.worker.provider.local;

import java.awt.AlphaComposite;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * The local model's "more like this": a new picture drawn from a source picture, deterministic for
 * (source, seed). The model understands no pictures, so it does not invent new content; it redraws
 * the source through a gentle, seeded transformation that keeps composition, subject and palette:
 * a smooth warp of up to {@value #WARP} of the shorter side, a zoom of up to {@value #ZOOM} with a
 * pan, a mirror on every other seed, a hue turn within ±{@value #HUE_DEGREES}° and small saturation
 * and brightness changes. Alpha is carried through, so a cut-out stays a cut-out.
 */
final class Variation {

    static final double WARP = 0.025;
    static final double ZOOM = 0.12;
    static final double HUE_DEGREES = 15;

    /** The warp's lattice: a few cells per side makes soft, wide bends rather than ripples. */
    private static final int LATTICE = 4;

    private Variation() {}

    static BufferedImage of(BufferedImage source, long seed, int width, int height) {
        SplittableRandom rng = new SplittableRandom(seed);
        boolean alpha = source.getColorModel().hasAlpha();
        int sw = source.getWidth();
        int sh = source.getHeight();
        int[] src = argb(source);

        double zoom = 1 + rng.nextDouble() * ZOOM;
        double slack = (1 - 1 / zoom) / 2; // how far the zoomed window may move off-centre
        double panX = (rng.nextDouble() * 2 - 1) * slack;
        double panY = (rng.nextDouble() * 2 - 1) * slack;
        boolean mirror = rng.nextBoolean();
        double amplitude = WARP * Math.min(width, height);
        double[] warpX = lattice(rng);
        double[] warpY = lattice(rng);
        Recolour recolour = new Recolour(
                Math.toRadians((rng.nextDouble() * 2 - 1) * HUE_DEGREES),
                0.85 + rng.nextDouble() * 0.35,
                0.94 + rng.nextDouble() * 0.12);

        BufferedImage out = Images.blank(width, height, alpha);
        int[] dst = Images.pixels(out);
        for (int y = 0; y < height; y++) {
            double v = (y + 0.5) / height;
            for (int x = 0; x < width; x++) {
                double u = (x + 0.5) / width;
                double dx = amplitude * smooth(warpX, u, v) / width;
                double dy = amplitude * smooth(warpY, u, v) / height;
                double su = ((mirror ? 1 - u : u) - 0.5) / zoom + 0.5 + panX + dx;
                double sv = (v - 0.5) / zoom + 0.5 + panY + dy;
                int pixel = sample(src, sw, sh, su * sw - 0.5, sv * sh - 0.5);
                dst[y * width + x] = recolour.apply(pixel, alpha);
            }
        }
        return out;
    }

    /** The source as int-packed ARGB, whatever type ImageIO decoded it to. */
    private static int[] argb(BufferedImage source) {
        BufferedImage copy = Images.blank(source.getWidth(), source.getHeight(), true);
        Graphics2D g = copy.createGraphics();
        g.setComposite(AlphaComposite.Src);
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return Images.pixels(copy);
    }

    private static double[] lattice(SplittableRandom rng) {
        double[] values = new double[(LATTICE + 1) * (LATTICE + 1)];
        for (int i = 0; i < values.length; i++) {
            values[i] = rng.nextDouble() * 2 - 1;
        }
        return values;
    }

    /** Smoothly interpolated lattice value at (u, v) in [0, 1]². */
    private static double smooth(double[] lattice, double u, double v) {
        double gx = u * LATTICE;
        double gy = v * LATTICE;
        int x0 = Math.min((int) gx, LATTICE - 1);
        int y0 = Math.min((int) gy, LATTICE - 1);
        double fx = fade(gx - x0);
        double fy = fade(gy - y0);
        int row = LATTICE + 1;
        double a = lattice[y0 * row + x0];
        double b = lattice[y0 * row + x0 + 1];
        double c = lattice[(y0 + 1) * row + x0];
        double d = lattice[(y0 + 1) * row + x0 + 1];
        return (a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy;
    }

    private static double fade(double t) {
        return t * t * (3 - 2 * t);
    }

    /** Bilinear sample with the edges clamped, so a zoomed or warped border repeats the source's edge. */
    private static int sample(int[] src, int w, int h, double x, double y) {
        x = Math.clamp(x, 0, w - 1);
        y = Math.clamp(y, 0, h - 1);
        int x0 = (int) x;
        int y0 = (int) y;
        int x1 = Math.min(x0 + 1, w - 1);
        int y1 = Math.min(y0 + 1, h - 1);
        double fx = x - x0;
        double fy = y - y0;
        int p00 = src[y0 * w + x0];
        int p10 = src[y0 * w + x1];
        int p01 = src[y1 * w + x0];
        int p11 = src[y1 * w + x1];
        int result = 0;
        for (int shift = 0; shift <= 24; shift += 8) {
            double top = ((p00 >>> shift) & 0xff) * (1 - fx) + ((p10 >>> shift) & 0xff) * fx;
            double bottom = ((p01 >>> shift) & 0xff) * (1 - fx) + ((p11 >>> shift) & 0xff) * fx;
            result |= ((int) Math.round(top * (1 - fy) + bottom * fy) & 0xff) << shift;
        }
        return result;
    }

    /**
     * Hue turn, saturation and brightness in YIQ space: a rotation of the chroma plane, a scale of its
     * length and of the luma. Greys stay grey, so a plain white background stays plain.
     */
    private record Recolour(double hue, double saturation, double brightness) {

        int apply(int argb, boolean alpha) {
            double r = (argb >> 16) & 0xff;
            double g = (argb >> 8) & 0xff;
            double b = argb & 0xff;
            double luma = (0.299 * r + 0.587 * g + 0.114 * b) * brightness;
            double i = 0.596 * r - 0.274 * g - 0.322 * b;
            double q = 0.211 * r - 0.523 * g + 0.312 * b;
            double cos = Math.cos(hue) * saturation;
            double sin = Math.sin(hue) * saturation;
            double i2 = i * cos - q * sin;
            double q2 = i * sin + q * cos;
            int red = Images.clamp((int) Math.round(luma + 0.956 * i2 + 0.621 * q2));
            int green = Images.clamp((int) Math.round(luma - 0.272 * i2 - 0.647 * q2));
            int blue = Images.clamp((int) Math.round(luma - 1.106 * i2 + 1.703 * q2));
            int a = alpha ? argb >>> 24 : 0;
            return a << 24 | Images.rgb(red, green, blue);
        }
    }
}
