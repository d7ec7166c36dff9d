package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.Paint;
import java.awt.RadialGradientPaint;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** The picture being painted plus what every layer needs: size, scene, detail and the random source. */
final class Canvas {

    final BufferedImage image;
    final Graphics2D g;
    final int width;
    final int height;
    final Scene scene;
    final Palette palette;
    final Detail detail;
    final boolean transparent;
    final SplittableRandom rng;

    Canvas(BufferedImage image, Graphics2D g, Scene scene, Detail detail, boolean transparent, SplittableRandom rng) {
        this.image = image;
        this.g = g;
        this.width = image.getWidth();
        this.height = image.getHeight();
        this.scene = scene;
        this.palette = scene.palette();
        this.detail = detail;
        this.transparent = transparent;
        this.rng = rng;
    }

    /** The short side: sizes of round things are relative to it so they stay round on wide canvases. */
    double unit() {
        return Math.min(width, height);
    }

    /** Scales a count given for a 1024x1024 picture at HIGH detail by canvas area and detail. */
    int perArea(double atHigh1024) {
        double area = (double) width * height / (1024.0 * 1024.0);
        return Math.max(1, (int) Math.round(atHigh1024 * detail.density() * area));
    }

    /** Scales a count given for a 1024-wide picture at HIGH detail by canvas width and detail. */
    int perWidth(double atHigh1024) {
        return Math.max(1, (int) Math.round(atHigh1024 * detail.density() * width / 1024.0));
    }

    boolean flat() {
        return scene.style() == Style.FLAT;
    }

    double between(double low, double high) {
        return low + rng.nextDouble() * (high - low);
    }

    boolean chance(double p) {
        return rng.nextDouble() < p;
    }

    /** A top-to-bottom gradient, or its middle colour in the flat style. */
    Paint vertical(double y0, Color top, double y1, Color bottom) {
        if (flat()) {
            return Colours.mix(top, bottom, 0.5);
        }
        return new GradientPaint(0f, (float) y0, top, 0f, (float) Math.max(y1, y0 + 1), bottom);
    }

    /** A multi-stop top-to-bottom gradient. */
    Paint vertical(double y0, double y1, float[] stops, Color[] colours) {
        if (flat()) {
            return colours[colours.length / 2];
        }
        return new java.awt.LinearGradientPaint(
                new Point2D.Double(0, y0),
                new Point2D.Double(0, Math.max(y1, y0 + 1)),
                stops,
                colours,
                MultipleGradientPaint.CycleMethod.NO_CYCLE);
    }

    /** A soft round light fading to nothing: halos, nebulae, lamps. */
    void glow(double x, double y, double radius, Color colour, double strength) {
        if (radius < 1 || flat()) {
            return;
        }
        Paint paint = new RadialGradientPaint(
                new Point2D.Double(x, y), (float) radius, new float[] {0f, 0.35f, 1f}, new Color[] {
                    Colours.alpha(colour, strength), Colours.alpha(colour, strength * 0.35), Colours.alpha(colour, 0)
                });
        g.setPaint(paint);
        g.fill(new Ellipse2D.Double(x - radius, y - radius, radius * 2, radius * 2));
    }

    void fillCircle(double x, double y, double r) {
        g.fill(new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r));
    }
}
