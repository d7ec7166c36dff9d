package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.geom.AffineTransform;
import java.awt.geom.CubicCurve2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;

/** A single large flower: stem, leaves, layered petals and a seeded centre. */
final class Flowers {

    private Flowers() {}

    /** Draws a flower whose head is at (x, y) with radius r and whose stem runs to {@code stemBottom}. */
    static void flower(Canvas c, double x, double y, double r, double stemBottom, Color petal) {
        stem(c, x, y, r, stemBottom);
        if (c.chance(0.35)) {
            cup(c, x, y, r, petal);
        } else {
            radial(c, x, y, r, petal);
        }
    }

    private static void stem(Canvas c, double x, double y, double r, double stemBottom) {
        Color green = Colours.mix(c.palette.foliage(), c.palette.near(), 0.25);
        double bend = r * c.between(-1.2, 1.2);
        CubicCurve2D.Double stem = new CubicCurve2D.Double(
                x,
                y,
                x + bend,
                y + (stemBottom - y) * 0.35,
                x - bend * 0.5,
                y + (stemBottom - y) * 0.7,
                x + bend * 0.3,
                stemBottom);
        c.g.setColor(green);
        c.g.setStroke(new BasicStroke((float) Math.max(1.2, r * 0.1), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        c.g.draw(stem);
        for (int i = 0; i < 2; i++) {
            double f = c.between(0.35, 0.75);
            double sx = point(stem.x1, stem.ctrlx1, stem.ctrlx2, stem.x2, f);
            double sy = point(stem.y1, stem.ctrly1, stem.ctrly2, stem.y2, f);
            double side = i == 0 ? -1 : 1;
            AffineTransform saved = c.g.getTransform();
            c.g.translate(sx, sy);
            c.g.rotate(side * c.between(0.5, 1.0) - Math.PI / 2);
            c.g.setPaint(c.vertical(-r * 0.3, Colours.lighter(green, 0.15), r * 0.3, Colours.darker(green, 0.2)));
            c.g.fill(new Ellipse2D.Double(0, -r * 0.22, r * 1.3, r * 0.44));
            c.g.setTransform(saved);
        }
    }

    private static void radial(Canvas c, double x, double y, double r, Color petal) {
        int petals = 5 + c.rng.nextInt(9);
        double width = Math.min(0.9, 3.2 / petals) * r;
        double turn = c.rng.nextDouble() * Math.PI;
        for (int layer = 0; layer < 2; layer++) {
            double length = layer == 0 ? r : r * 0.7;
            Color base = layer == 0 ? petal : Colours.lighter(petal, 0.2);
            c.g.setPaint(petalPaint(c, x, y, length, base));
            for (int i = 0; i < petals; i++) {
                AffineTransform saved = c.g.getTransform();
                c.g.translate(x, y);
                c.g.rotate(turn + (i + layer * 0.5) * 2 * Math.PI / petals);
                c.g.fill(new Ellipse2D.Double(0, -width / 2, length, width));
                c.g.setTransform(saved);
            }
        }
        Color heart = Colours.luminance(petal) > 0.6 ? Colours.hex("8a5a14") : Colours.hex("f2c14e");
        c.g.setColor(heart);
        c.fillCircle(x, y, r * 0.24);
        c.g.setColor(Colours.darker(heart, 0.35));
        int seeds = 10 + c.rng.nextInt(10);
        for (int i = 0; i < seeds; i++) {
            double a = c.rng.nextDouble() * Math.PI * 2;
            double d = Math.sqrt(c.rng.nextDouble()) * r * 0.2;
            c.fillCircle(x + Math.cos(a) * d, y + Math.sin(a) * d, r * 0.025);
        }
    }

    /** A tulip-like cup: overlapping upright petals. */
    private static void cup(Canvas c, double x, double y, double r, Color petal) {
        c.g.setPaint(petalPaint(c, x, y + r * 0.6, r * 1.4, petal));
        for (int i = -1; i <= 1; i++) {
            AffineTransform saved = c.g.getTransform();
            c.g.translate(x, y + r * 0.5);
            c.g.rotate(i * 0.35);
            c.g.fill(new Ellipse2D.Double(-r * 0.42, -r * 1.3, r * 0.84, r * 1.5));
            c.g.setTransform(saved);
        }
        c.g.setColor(Colours.alpha(Colours.lighter(petal, 0.35), 0.5));
        c.g.fill(new Ellipse2D.Double(x - r * 0.12, y - r * 0.7, r * 0.24, r * 0.9));
    }

    private static java.awt.Paint petalPaint(Canvas c, double x, double y, double radius, Color base) {
        if (c.flat()) {
            return base;
        }
        return new RadialGradientPaint(
                new Point2D.Double(x, y),
                (float) Math.max(1, radius),
                new float[] {0f, 0.45f, 1f},
                new Color[] {Colours.darker(base, 0.35), base, Colours.lighter(base, 0.3)},
                MultipleGradientPaint.CycleMethod.NO_CYCLE);
    }

    private static double point(double p0, double p1, double p2, double p3, double t) {
        double u = 1 - t;
        return u * u * u * p0 + 3 * u * u * t * p1 + 3 * u * t * t * p2 + t * t * t * p3;
    }
}
