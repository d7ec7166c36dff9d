package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Area;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Rectangle2D;

/** The sky layer: gradient, clouds or stars, and the sun or moon. */
final class Sky {

    /** Where the light source sits, so water and slopes can catch it. */
    record Light(double x, double y, double radius) {}

    private Sky() {}

    /** Paints the sky down to {@code horizonY} (left untouched on transparent canvases) and returns the light. */
    static Light paint(Canvas c, double horizonY) {
        Light light = placeLight(c, horizonY);
        if (!c.transparent) {
            gradient(c, horizonY);
            if (c.scene.isNight()) {
                Stars.paint(c, 0, horizonY, 1.0);
            }
            lightHalo(c, light);
        }
        lightDisc(c, light);
        if (!c.transparent) {
            clouds(c, horizonY, light);
        }
        return light;
    }

    static void gradient(Canvas c, double horizonY) {
        Palette p = c.palette;
        Color low = switch (c.scene.time()) {
            case GOLDEN -> Colours.mix(p.skyHorizon(), p.glow(), 0.55);
            case NIGHT -> p.skyHorizon();
            case DAY -> Colours.lighter(p.skyHorizon(), 0.25);
        };
        c.g.setPaint(c.vertical(0, horizonY, new float[] {0f, 0.5f, 0.85f, 1f}, new Color[] {
            p.skyTop(), Colours.mix(p.skyTop(), p.skyHorizon(), 0.55), p.skyHorizon(), low
        }));
        c.g.fill(new Rectangle2D.Double(0, 0, c.width, c.height));
    }

    private static Light placeLight(Canvas c, double horizonY) {
        double x = c.width * (c.chance(0.5) ? c.between(0.18, 0.4) : c.between(0.6, 0.82));
        return switch (c.scene.time()) {
            case GOLDEN -> new Light(x, horizonY - c.height * c.between(0.06, 0.16), c.unit() * c.between(0.06, 0.085));
            case NIGHT -> new Light(x, horizonY * c.between(0.22, 0.45), c.unit() * c.between(0.04, 0.06));
            case DAY -> new Light(x, horizonY * c.between(0.2, 0.4), c.unit() * c.between(0.04, 0.055));
        };
    }

    private static void lightHalo(Canvas c, Light light) {
        Palette p = c.palette;
        double r = light.radius();
        switch (c.scene.time()) {
            case GOLDEN -> {
                c.glow(light.x(), light.y(), r * 14, p.glow(), 0.45);
                c.glow(light.x(), light.y(), r * 4, p.sun(), 0.8);
            }
            case NIGHT -> c.glow(light.x(), light.y(), r * 5, p.glow(), 0.35);
            case DAY -> c.glow(light.x(), light.y(), r * 6, p.glow(), 0.6);
        }
    }

    private static void lightDisc(Canvas c, Light light) {
        double r = light.radius();
        Shape disc = new Ellipse2D.Double(light.x() - r, light.y() - r, 2 * r, 2 * r);
        if (c.scene.isNight()) {
            Area moon = new Area(disc);
            if (c.chance(0.6)) {
                double shift = r * c.between(0.45, 0.7);
                moon.subtract(new Area(
                        new Ellipse2D.Double(light.x() - r + shift, light.y() - r - shift * 0.3, 2 * r, 2 * r)));
            }
            c.g.setColor(c.palette.sun());
            c.g.fill(moon);
            c.g.setColor(Colours.alpha(Colours.darker(c.palette.sun(), 0.25), 0.25));
            for (int i = 0; i < 5; i++) {
                double cr = r * c.between(0.08, 0.2);
                Area crater = new Area(new Ellipse2D.Double(
                        light.x() + c.between(-0.6, 0.1) * r - cr,
                        light.y() + c.between(-0.5, 0.5) * r - cr,
                        2 * cr,
                        2 * cr));
                crater.intersect(moon);
                c.g.fill(crater);
            }
        } else {
            c.g.setColor(c.palette.sun());
            c.g.fill(disc);
        }
    }

    private static void clouds(Canvas c, double horizonY, Light light) {
        boolean cloudy = c.scene.has(Feature.CLOUDS);
        switch (c.scene.time()) {
            case DAY -> {
                int n = c.perWidth(cloudy ? 7 : 4) + (cloudy ? 2 : 0);
                for (int i = 0; i < n; i++) {
                    cumulus(
                            c,
                            c.width * c.between(-0.1, 1.1),
                            horizonY * c.between(0.12, 0.6),
                            c.width * c.between(0.12, 0.3));
                }
            }
            case GOLDEN -> {
                int n = c.perWidth(cloudy ? 14 : 8);
                for (int i = 0; i < n; i++) {
                    streak(c, horizonY * c.between(0.2, 0.85), light);
                }
            }
            case NIGHT -> {
                int n = cloudy ? c.perWidth(6) : c.rng.nextInt(3);
                for (int i = 0; i < n; i++) {
                    streak(c, horizonY * c.between(0.3, 0.9), light);
                }
            }
        }
    }

    /** A cumulus: puffs along a flat base, taller in the middle, shaded top-lit as one body. */
    private static void cumulus(Canvas c, double cx, double cy, double width) {
        double height = width * c.between(0.3, 0.45);
        Color lit = Colours.alpha(Colours.lighter(c.palette.glow(), 0.7), 0.95);
        Color shade =
                Colours.alpha(Colours.mix(Colours.lighter(c.palette.skyHorizon(), 0.3), c.palette.skyTop(), 0.3), 0.95);
        int puffs = 10 + c.rng.nextInt(10);
        Shape previous = c.g.getClip();
        c.g.clip(new Rectangle2D.Double(cx - width, cy - height * 3, width * 2, height * 3));
        c.g.setPaint(c.vertical(cy - height * 1.1, lit, cy, shade));
        for (int i = 0; i < puffs; i++) {
            double dx = c.between(-0.5, 0.5);
            double hump = 1 - Math.abs(dx) * 1.7;
            double r = height * c.between(0.25, 0.45) * (0.6 + 0.6 * Math.max(0, hump));
            double y = cy - r * 0.55 - Math.max(0, hump) * height * c.between(0.1, 0.45);
            c.fillCircle(cx + dx * width, y, r);
        }
        c.g.setClip(previous);
    }

    /** A thin, soft band of cloud lit from below by a low sun. */
    private static void streak(Canvas c, double y, Light light) {
        double w = c.width * c.between(0.25, 0.6);
        double h = c.height * c.between(0.01, 0.03);
        double x = c.width * c.between(-0.2, 0.95);
        double nearSun = 1 - Math.min(1, Math.abs(x + w / 2 - light.x()) / c.width);
        Color colour = c.scene.isNight()
                ? Colours.mix(c.palette.skyHorizon(), c.palette.glow(), 0.3)
                : Colours.mix(c.palette.accent(), c.palette.glow(), 0.3 + 0.6 * nearSun);
        double alpha = c.scene.isNight() ? 0.3 : c.between(0.45, 0.85);
        if (c.flat()) {
            c.g.setColor(Colours.alpha(colour, alpha));
            c.g.fill(new Ellipse2D.Double(x, y, w, h));
            return;
        }
        java.awt.geom.AffineTransform saved = c.g.getTransform();
        c.g.translate(x + w / 2, y + h / 2);
        c.g.scale(w / h, 1);
        c.glow(0, 0, h, colour, alpha);
        c.g.setTransform(saved);
    }
}
