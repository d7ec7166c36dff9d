package dev.artgen.worker.provider.local;

import java.awt.AlphaComposite;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.awt.image.DataBufferInt;

/** Whole-image operations on int-packed pictures: raw pixel access, scaling, blurring, flattening. */
final class Images {

    private Images() {}

    /** The live pixel array of a TYPE_INT_RGB or TYPE_INT_ARGB image created by this package. */
    static int[] pixels(BufferedImage image) {
        return ((DataBufferInt) image.getRaster().getDataBuffer()).getData();
    }

    static BufferedImage blank(int width, int height, boolean alpha) {
        return new BufferedImage(width, height, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
    }

    static Graphics2D graphics(BufferedImage image) {
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        return g;
    }

    static BufferedImage scaled(BufferedImage source, int width, int height, Object interpolation) {
        BufferedImage out = blank(width, height, source.getType() == BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = out.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, interpolation);
        g.setComposite(AlphaComposite.Src);
        g.drawImage(source, 0, 0, width, height, null);
        g.dispose();
        return out;
    }

    /**
     * A soft copy: averages factor x factor blocks, smooths that small picture with a tent filter and scales it
     * back up bilinearly. Costs a few passes over the pixels, far less than a large convolution. Opaque only.
     */
    static BufferedImage blurred(BufferedImage source, int factor) {
        int w = source.getWidth();
        int h = source.getHeight();
        int f = Math.max(1, Math.min(factor, Math.min(w, h) / 2));
        int sw = (w + f - 1) / f;
        int sh = (h + f - 1) / f;
        int[] src = pixels(source);
        int[] small = downsample(src, w, h, f, sw, sh);
        small = tent(small, sw, sh);
        BufferedImage out = blank(w, h, false);
        upsample(small, sw, sh, f, pixels(out), w, h);
        return out;
    }

    private static int[] downsample(int[] src, int w, int h, int f, int sw, int sh) {
        int[] sums = new int[sw * sh * 3];
        int[] counts = new int[sw * sh];
        for (int y = 0; y < h; y++) {
            int sy = (y / f) * sw;
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int p = src[row + x];
                int cell = sy + x / f;
                sums[cell * 3] += (p >> 16) & 0xff;
                sums[cell * 3 + 1] += (p >> 8) & 0xff;
                sums[cell * 3 + 2] += p & 0xff;
                counts[cell]++;
            }
        }
        int[] out = new int[sw * sh];
        for (int i = 0; i < out.length; i++) {
            int n = counts[i];
            out[i] = (sums[i * 3] / n << 16) | (sums[i * 3 + 1] / n << 8) | sums[i * 3 + 2] / n;
        }
        return out;
    }

    /** A 1-2-1 filter across and then down, edges clamped. */
    private static int[] tent(int[] px, int w, int h) {
        int[] across = new int[px.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                across[y * w + x] =
                        weighted(px[y * w + Math.max(0, x - 1)], px[y * w + x], px[y * w + Math.min(w - 1, x + 1)]);
            }
        }
        int[] down = new int[px.length];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                down[y * w + x] = weighted(
                        across[Math.max(0, y - 1) * w + x], across[y * w + x], across[Math.min(h - 1, y + 1) * w + x]);
            }
        }
        return down;
    }

    private static int weighted(int a, int b, int c) {
        int r = (red(a) + 2 * red(b) + red(c)) >> 2;
        int g = (green(a) + 2 * green(b) + green(c)) >> 2;
        int bl = (blue(a) + 2 * blue(b) + blue(c)) >> 2;
        return (r << 16) | (g << 8) | bl;
    }

    /** Bilinear enlargement in 8-bit fixed point; block centres map onto the small pixels. */
    private static void upsample(int[] small, int sw, int sh, int f, int[] dst, int w, int h) {
        int[] x0 = new int[w];
        int[] x1 = new int[w];
        int[] fx = new int[w];
        for (int x = 0; x < w; x++) {
            float sx = Math.max(0f, (x + 0.5f) / f - 0.5f);
            x0[x] = Math.min(sw - 1, (int) sx);
            x1[x] = Math.min(sw - 1, x0[x] + 1);
            fx[x] = (int) ((sx - (int) sx) * 256);
        }
        for (int y = 0; y < h; y++) {
            float sy = Math.max(0f, (y + 0.5f) / f - 0.5f);
            int y0 = Math.min(sh - 1, (int) sy) * sw;
            int y1 = Math.min(sh - 1, (int) sy + 1) * sw;
            int fy = (int) ((sy - (int) sy) * 256);
            int row = y * w;
            for (int x = 0; x < w; x++) {
                int a = small[y0 + x0[x]];
                int b = small[y0 + x1[x]];
                int c = small[y1 + x0[x]];
                int d = small[y1 + x1[x]];
                int wx = fx[x];
                dst[row + x] = (lerp2(red(a), red(b), red(c), red(d), wx, fy) << 16)
                        | (lerp2(green(a), green(b), green(c), green(d), wx, fy) << 8)
                        | lerp2(blue(a), blue(b), blue(c), blue(d), wx, fy);
            }
        }
    }

    private static int lerp2(int a, int b, int c, int d, int wx, int wy) {
        int top = a * 256 + (b - a) * wx;
        int bottom = c * 256 + (d - c) * wx;
        return (top * 256 + (bottom - top) * wy) >> 16;
    }

    /** An opaque copy composited over a background colour; what JPEG and the style finishes need. */
    static BufferedImage flattened(BufferedImage source, Color background) {
        BufferedImage out = blank(source.getWidth(), source.getHeight(), false);
        Graphics2D g = out.createGraphics();
        g.setColor(background);
        g.fillRect(0, 0, out.getWidth(), out.getHeight());
        g.drawImage(source, 0, 0, null);
        g.dispose();
        return out;
    }

    /** Copies the alpha channel of {@code mask} onto the colours of {@code colours} (same size). */
    static BufferedImage withAlpha(BufferedImage colours, BufferedImage mask) {
        BufferedImage out = blank(colours.getWidth(), colours.getHeight(), true);
        int[] src = pixels(colours);
        int[] alpha = pixels(mask);
        int[] dst = pixels(out);
        for (int i = 0; i < dst.length; i++) {
            dst[i] = (alpha[i] & 0xff000000) | (src[i] & 0x00ffffff);
        }
        return out;
    }

    static int red(int rgb) {
        return (rgb >> 16) & 0xff;
    }

    static int green(int rgb) {
        return (rgb >> 8) & 0xff;
    }

    static int blue(int rgb) {
        return rgb & 0xff;
    }

    static int rgb(int r, int g, int b) {
        return (clamp(r) << 16) | (clamp(g) << 8) | clamp(b);
    }

    static int clamp(int v) {
        return v < 0 ? 0 : Math.min(v, 255);
    }

    /** Luminance 0..255 of a packed colour. */
    static int luma(int rgb) {
        return (red(rgb) * 77 + green(rgb) * 150 + blue(rgb) * 29) >> 8;
    }

    /** The luma of every pixel. */
    static int[] lumas(int[] pixels) {
        int[] luma = new int[pixels.length];
        for (int i = 0; i < pixels.length; i++) {
            luma[i] = luma(pixels[i]);
        }
        return luma;
    }

    /** Sobel edge strength 0..~1 on a luma array, zero on the one-pixel border. */
    static float[] edges(int[] luma, int width, int height) {
        float[] out = new float[luma.length];
        for (int y = 1; y < height - 1; y++) {
            int row = y * width;
            for (int x = 1; x < width - 1; x++) {
                int i = row + x;
                int tl = luma[i - width - 1];
                int tc = luma[i - width];
                int tr = luma[i - width + 1];
                int ml = luma[i - 1];
                int mr = luma[i + 1];
                int bl = luma[i + width - 1];
                int bc = luma[i + width];
                int br = luma[i + width + 1];
                int gx = (tr + 2 * mr + br) - (tl + 2 * ml + bl);
                int gy = (bl + 2 * bc + br) - (tl + 2 * tc + tr);
                out[i] = (float) Math.sqrt((double) gx * gx + (double) gy * gy) / 1020f;
            }
        }
        return out;
    }
}
