package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.util.SplittableRandom;

/** Colour arithmetic used by the layers: mixing, shading, transparency. */
final class Colours {

    private Colours() {}

    static Color hex(String hex) {
        return new Color(Integer.parseInt(hex.startsWith("#") ? hex.substring(1) : hex, 16));
    }

    static Color mix(Color a, Color b, double t) {
        double u = Math.clamp(t, 0.0, 1.0);
        return new Color(
                (int) Math.round(a.getRed() + (b.getRed() - a.getRed()) * u),
                (int) Math.round(a.getGreen() + (b.getGreen() - a.getGreen()) * u),
                (int) Math.round(a.getBlue() + (b.getBlue() - a.getBlue()) * u),
                (int) Math.round(a.getAlpha() + (b.getAlpha() - a.getAlpha()) * u));
    }

    static Color alpha(Color c, double alpha) {
        return new Color(c.getRed(), c.getGreen(), c.getBlue(), (int) Math.round(Math.clamp(alpha, 0.0, 1.0) * 255));
    }

    static Color lighter(Color c, double t) {
        return mix(c, Color.WHITE, t);
    }

    static Color darker(Color c, double t) {
        return mix(c, Color.BLACK, t);
    }

    /** Nudges brightness and hue a little so repeated elements (trees, petals) are not clones. */
    static Color jitter(Color c, SplittableRandom rng, double amount) {
        float[] hsb = Color.RGBtoHSB(c.getRed(), c.getGreen(), c.getBlue(), null);
        float hue = (float) (hsb[0] + (rng.nextDouble() - 0.5) * amount * 0.12);
        float sat = (float) Math.clamp(hsb[1] * (1 + (rng.nextDouble() - 0.5) * amount), 0.0, 1.0);
        float bri = (float) Math.clamp(hsb[2] * (1 + (rng.nextDouble() - 0.5) * amount), 0.0, 1.0);
        return alpha(new Color(Color.HSBtoRGB(hue, sat, bri)), c.getAlpha() / 255.0);
    }

    /** Relative luminance in 0..1. */
    static double luminance(Color c) {
        return (0.299 * c.getRed() + 0.587 * c.getGreen() + 0.114 * c.getBlue()) / 255.0;
    }
}
