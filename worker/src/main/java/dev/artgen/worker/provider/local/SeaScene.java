package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;

/** Open sea under the sky: a path of light on the water, ripples in perspective, waves when asked for. */
final class SeaScene implements Composition {

    @Override
    public void paint(Canvas c) {
        double horizonY = c.height * c.between(0.5, 0.6);
        Sky.Light light = Sky.paint(c, horizonY);
        if (c.chance(0.5)) {
            island(c, horizonY);
        }
        Color water = c.palette.water();
        c.g.setPaint(c.vertical(
                horizonY, Colours.mix(water, c.palette.skyHorizon(), 0.55), c.height, Colours.darker(water, 0.35)));
        c.g.fill(new Rectangle2D.Double(0, horizonY, c.width, c.height - horizonY));
        if (!c.flat()) {
            c.glow(light.x(), horizonY, c.width * 0.35, c.palette.glow(), c.scene.isNight() ? 0.15 : 0.3);
        }
        ripples(c, horizonY);
        Glitter.paint(c, horizonY, light, 1.0);
        if (c.scene.has(Feature.WAVES) || c.chance(0.3)) {
            waves(c, horizonY);
        }
    }

    private static void island(Canvas c, double horizonY) {
        double x0 = c.width * c.between(-0.2, 0.6);
        double x1 = x0 + c.width * c.between(0.25, 0.5);
        Ridge ridge = Ridge.fractal(c.rng, 64, 0.5);
        Path2D.Double shape = ridge.shape(x0, x1, horizonY, c.height * c.between(0.03, 0.08), horizonY + 1);
        c.g.setColor(c.palette.depth(0.15));
        c.g.fill(shape);
    }

    private static void ripples(Canvas c, double horizonY) {
        double depth = c.height - horizonY;
        double scale = Math.max(1.0, c.unit() / 1024.0);
        Color bright = Colours.alpha(Colours.mix(c.palette.water(), c.palette.skyHorizon(), 0.6), 0.4);
        Color dark = Colours.alpha(Colours.darker(c.palette.water(), 0.45), 0.35);
        int n = c.perArea(1300) * (int) Math.ceil(depth) / c.height * 2;
        for (int i = 0; i < n; i++) {
            double d = Math.pow(c.rng.nextDouble(), 1.7);
            double y = horizonY + 1 + d * depth;
            double len = c.width * (0.006 + 0.07 * d) * c.between(0.5, 1.5);
            double x = c.rng.nextDouble() * c.width;
            double lift = len * 0.12;
            c.g.setColor(c.chance(0.5) ? bright : dark);
            c.g.setStroke(
                    new BasicStroke((float) ((0.6 + 2.6 * d) * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            c.g.draw(new QuadCurve2D.Double(x - len / 2, y, x, y - lift, x + len / 2, y));
        }
    }

    /** Foreground swells with foam on their crests. */
    private static void waves(Canvas c, double horizonY) {
        int bands = 3 + c.rng.nextInt(2);
        double scale = Math.max(1.0, c.unit() / 1024.0);
        Color water = c.palette.water();
        Color crest = Colours.mix(water, c.palette.accent(), 0.35);
        for (int b = 0; b < bands; b++) {
            double t = (b + 1.0) / bands;
            double baseY = horizonY + (c.height - horizonY) * (0.25 + 0.7 * t);
            double amplitude = c.height * (0.015 + 0.05 * t);
            double wavelength = c.width * c.between(0.25, 0.5) * (0.5 + t);
            double phase = c.rng.nextDouble() * Math.PI * 2;
            Path2D.Double top = new Path2D.Double();
            Path2D.Double body = new Path2D.Double();
            int steps = 96;
            body.moveTo(-2, c.height + 2);
            for (int i = 0; i <= steps; i++) {
                double x = c.width * i / (double) steps;
                double a = 2 * Math.PI * x / wavelength + phase;
                double y = baseY
                        - amplitude * (Math.pow((Math.sin(a) + 1) / 2, 2.2) * 2 + 0.25 * Math.sin(a * 2.7 + phase));
                body.lineTo(x, y);
                if (i == 0) {
                    top.moveTo(x, y);
                } else {
                    top.lineTo(x, y);
                }
            }
            body.lineTo(c.width + 2, c.height + 2);
            body.closePath();
            c.g.setPaint(c.vertical(
                    baseY - amplitude * 2,
                    Colours.mix(crest, c.palette.skyHorizon(), 0.25 * (1 - t)),
                    baseY + amplitude * 3,
                    Colours.darker(water, 0.3 + 0.2 * t)));
            c.g.fill(body);
            c.g.setColor(Colours.alpha(Colours.lighter(c.palette.skyHorizon(), 0.6), 0.85));
            c.g.setStroke(
                    new BasicStroke((float) ((1.5 + 4 * t) * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            c.g.draw(top);
            int foam = c.perWidth(160 * t);
            for (int i = 0; i < foam; i++) {
                double x = c.rng.nextDouble() * c.width;
                double a = 2 * Math.PI * x / wavelength + phase;
                double y = baseY
                        - amplitude * (Math.pow((Math.sin(a) + 1) / 2, 2.2) * 2 + 0.25 * Math.sin(a * 2.7 + phase));
                c.g.setColor(Colours.alpha(Color.WHITE, c.between(0.3, 0.8)));
                c.fillCircle(
                        x + c.between(-4, 4) * scale,
                        y + c.between(0, amplitude * 1.2),
                        c.between(0.8, 2.5) * scale * (0.5 + t));
            }
        }
    }
}
