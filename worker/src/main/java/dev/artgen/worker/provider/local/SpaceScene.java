package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.MultipleGradientPaint;
import java.awt.RadialGradientPaint;
import java.awt.RenderingHints;
import java.awt.Shape;
import java.awt.geom.AffineTransform;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Point2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;
import java.util.List;

/** Deep space: a nebula, a star field, a banded planet with rings and small moons. */
final class SpaceScene implements Composition {

    @Override
    public void paint(Canvas c) {
        if (!c.transparent) {
            c.g.setPaint(c.vertical(
                    0, c.palette.skyTop(), c.height, Colours.mix(c.palette.skyTop(), c.palette.skyHorizon(), 0.6)));
            c.g.fill(new Rectangle2D.Double(0, 0, c.width, c.height));
            nebula(c);
            if (c.chance(0.45)) {
                galaxy(c);
            }
            Stars.paint(c, 0, c.height, 1.4);
        }
        List<Color> swatches = c.palette.swatches();
        double lightAngle = c.between(-2.6, -0.6);
        double r = c.unit() * (c.transparent ? c.between(0.17, 0.2) : c.between(0.16, 0.3));
        double px =
                c.transparent ? c.width * 0.5 : c.width * (c.chance(0.5) ? c.between(0.28, 0.4) : c.between(0.6, 0.72));
        double py = c.transparent ? c.height * 0.5 : c.height * c.between(0.35, 0.65);
        planet(
                c,
                px,
                py,
                r,
                swatches.get(c.rng.nextInt(swatches.size())),
                lightAngle,
                c.chance(c.transparent ? 0.8 : 0.6));
        int moons = 1 + c.rng.nextInt(3);
        for (int i = 0; i < moons; i++) {
            double mr = r * c.between(0.08, 0.22);
            double a = c.rng.nextDouble() * Math.PI * 2;
            double d = c.transparent ? r * c.between(1.2, 1.35) : r * c.between(1.5, 2.6);
            planet(
                    c,
                    px + Math.cos(a) * d,
                    py + Math.sin(a) * d * 0.8,
                    mr,
                    swatches.get(c.rng.nextInt(swatches.size())),
                    lightAngle,
                    false);
        }
    }

    /** Soft clouds of colour, painted small and scaled up: they have no sharp detail to lose. */
    private static void nebula(Canvas c) {
        int sw = Math.max(8, c.width / 4);
        int sh = Math.max(8, c.height / 4);
        BufferedImage small = new BufferedImage(sw, sh, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = small.createGraphics();
        Canvas s = new Canvas(small, g, c.scene, c.detail, false, c.rng);
        List<Color> swatches = c.palette.swatches();
        double a = c.between(-0.6, 0.6);
        double cx = sw * c.between(0.3, 0.7);
        double cy = sh * c.between(0.3, 0.7);
        int blobs = c.detail.count(70);
        for (int i = 0; i < blobs; i++) {
            double along = c.between(-0.7, 0.7) * Math.max(sw, sh);
            double across = c.rng.nextGaussian() * Math.min(sw, sh) * 0.12 + Math.sin(along / sw * 4) * sh * 0.1;
            double x = cx + Math.cos(a) * along - Math.sin(a) * across;
            double y = cy + Math.sin(a) * along + Math.cos(a) * across;
            double radius = Math.min(sw, sh) * c.between(0.06, 0.3);
            Color colour = i % 5 == 0 ? c.palette.glow() : swatches.get(c.rng.nextInt(swatches.size()));
            s.glow(x, y, radius, colour, c.between(0.08, 0.25));
        }
        g.setColor(Colours.alpha(c.palette.skyTop(), 0.5));
        for (int i = 0; i < blobs / 4; i++) {
            double x = cx + c.between(-0.5, 0.5) * sw;
            double y = cy + c.between(-0.3, 0.3) * sh;
            s.glow(x, y, Math.min(sw, sh) * c.between(0.03, 0.1), c.palette.skyTop(), 0.5);
        }
        g.dispose();
        c.g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        c.g.drawImage(small, 0, 0, c.width, c.height, null);
    }

    private static void galaxy(Canvas c) {
        double gx = c.width * c.between(0.2, 0.8);
        double gy = c.height * c.between(0.2, 0.8);
        double size = c.unit() * c.between(0.12, 0.25);
        double tilt = c.between(0.3, 0.6);
        double rot = c.rng.nextDouble() * Math.PI;
        c.glow(gx, gy, size * 0.5, Colours.lighter(c.palette.glow(), 0.5), 0.6);
        int dots = c.perArea(1800);
        double scale = Math.max(1.0, c.unit() / 1024.0);
        for (int i = 0; i < dots; i++) {
            double t = Math.pow(c.rng.nextDouble(), 1.6);
            double angle = (i % 2) * Math.PI + t * 7.0 + c.rng.nextGaussian() * 0.35 * (1 - t * 0.5);
            double d = t * size;
            double ex = Math.cos(angle) * d;
            double ey = Math.sin(angle) * d * tilt;
            double x = gx + ex * Math.cos(rot) - ey * Math.sin(rot);
            double y = gy + ex * Math.sin(rot) + ey * Math.cos(rot);
            c.g.setColor(Colours.alpha(
                    c.chance(0.3) ? c.palette.accent() : Colours.lighter(c.palette.glow(), 0.6),
                    c.between(0.15, 0.6) * (1 - t * 0.6)));
            c.fillCircle(x, y, c.between(0.4, 1.4) * scale);
        }
    }

    private static void planet(Canvas c, double x, double y, double r, Color base, double lightAngle, boolean rings) {
        double tilt = c.between(-0.45, 0.45);
        Shape body = new Ellipse2D.Double(x - r, y - r, 2 * r, 2 * r);
        if (rings) {
            ring(c, x, y, r, tilt, base, true);
        }
        if (!c.transparent) {
            c.glow(x, y, r * 1.35, c.palette.light(), 0.35);
        }
        double lx = x + Math.cos(lightAngle) * r * 0.45;
        double ly = y + Math.sin(lightAngle) * r * 0.45;
        c.g.setPaint(
                c.flat()
                        ? base
                        : new RadialGradientPaint(
                                new Point2D.Double(lx, ly),
                                (float) (r * 1.6),
                                new float[] {0f, 0.5f, 1f},
                                new Color[] {Colours.lighter(base, 0.45), base, Colours.darker(base, 0.5)},
                                MultipleGradientPaint.CycleMethod.NO_CYCLE));
        c.g.fill(body);
        Shape clip = c.g.getClip();
        c.g.clip(body);
        AffineTransform saved = c.g.getTransform();
        c.g.rotate(tilt, x, y);
        int bands = 4 + c.rng.nextInt(8);
        for (int i = 0; i < bands; i++) {
            double by = y - r + c.rng.nextDouble() * 2 * r;
            double bh = r * c.between(0.03, 0.2);
            Color band = c.chance(0.5)
                    ? Colours.lighter(base, c.between(0.1, 0.4))
                    : Colours.darker(base, c.between(0.1, 0.35));
            c.g.setColor(Colours.alpha(band, c.between(0.25, 0.55)));
            c.g.fill(new Ellipse2D.Double(x - r * 1.3, by, r * 2.6, bh));
        }
        c.g.setTransform(saved);
        if (!c.flat()) {
            double sx = x - Math.cos(lightAngle) * r * 0.1;
            double sy = y - Math.sin(lightAngle) * r * 0.1;
            Point2D centre = new Point2D.Double(x + Math.cos(lightAngle) * r * 0.7, y + Math.sin(lightAngle) * r * 0.7);
            c.g.setPaint(new RadialGradientPaint(
                    centre,
                    (float) (r * 2.0),
                    new float[] {0f, 0.42f, 0.62f, 1f},
                    new Color[] {
                        Colours.alpha(Color.BLACK, 0),
                        Colours.alpha(Color.BLACK, 0.05),
                        Colours.alpha(Color.BLACK, 0.6),
                        Colours.alpha(Color.BLACK, 0.92)
                    },
                    MultipleGradientPaint.CycleMethod.NO_CYCLE));
            c.g.fill(new Rectangle2D.Double(sx - 2 * r, sy - 2 * r, 4 * r, 4 * r));
        }
        c.g.setClip(clip);
        if (rings) {
            ring(c, x, y, r, tilt, base, false);
        }
    }

    /** Half a ring system: the back half goes behind the planet, the front half over it. */
    private static void ring(Canvas c, double x, double y, double r, double tilt, Color base, boolean back) {
        AffineTransform saved = c.g.getTransform();
        Shape clip = c.g.getClip();
        c.g.rotate(tilt, x, y);
        c.g.clip(
                back
                        ? new Rectangle2D.Double(x - 3 * r, y - 3 * r, 6 * r, 3 * r)
                        : new Rectangle2D.Double(x - 3 * r, y, 6 * r, 3 * r));
        int strands = 6 + c.rng.nextInt(6);
        Color ringColour = Colours.mix(base, c.palette.light(), 0.5);
        for (int i = 0; i < strands; i++) {
            double rr = r * (1.3 + 0.8 * i / strands);
            c.g.setColor(Colours.alpha(Colours.jitter(ringColour, c.rng, 0.3), c.between(0.2, 0.6)));
            c.g.setStroke(new BasicStroke((float) (r * c.between(0.01, 0.05))));
            c.g.draw(new Ellipse2D.Double(x - rr, y - rr * 0.22, 2 * rr, 2 * rr * 0.22));
        }
        c.g.setTransform(saved);
        c.g.setClip(clip);
    }
}
