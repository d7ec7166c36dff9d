package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.awt.image.BufferedImage;

/** Whole-picture colour measurements for assertions: mean channels, saturation, brightness, spread. */
record PixelStatistics(double red, double green, double blue, double saturation, double brightness, double spread) {

    static PixelStatistics of(BufferedImage image) {
        long r = 0;
        long g = 0;
        long b = 0;
        double saturation = 0;
        double brightness = 0;
        double squares = 0;
        int step = Math.max(1, Math.min(image.getWidth(), image.getHeight()) / 128);
        int n = 0;
        float[] hsb = new float[3];
        for (int y = 0; y < image.getHeight(); y += step) {
            for (int x = 0; x < image.getWidth(); x += step) {
                int rgb = image.getRGB(x, y);
                int pr = (rgb >> 16) & 0xff;
                int pg = (rgb >> 8) & 0xff;
                int pb = rgb & 0xff;
                r += pr;
                g += pg;
                b += pb;
                Color.RGBtoHSB(pr, pg, pb, hsb);
                saturation += hsb[1];
                brightness += hsb[2];
                squares += hsb[2] * hsb[2];
                n++;
            }
        }
        double meanBrightness = brightness / n;
        return new PixelStatistics(
                (double) r / n,
                (double) g / n,
                (double) b / n,
                saturation / n,
                meanBrightness,
                Math.sqrt(Math.max(0, squares / n - meanBrightness * meanBrightness)));
    }

    /** Fraction of pixels whose colour equals the pixel to their left; high for flat or blocky pictures. */
    static double equalNeighbours(BufferedImage image) {
        long same = 0;
        long total = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 1; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) == image.getRGB(x - 1, y)) {
                    same++;
                }
                total++;
            }
        }
        return (double) same / total;
    }
}
