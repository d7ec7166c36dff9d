package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.QuadCurve2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** A meadow of flowers in perspective under rolling hills, with a few large flowers up front. */
final class GardenScene implements Composition {

    @Override
    public void paint(Canvas c) {
        if (c.transparent) {
            bouquet(c);
            return;
        }
        double meadowY = c.height * c.between(0.55, 0.62);
        Sky.paint(c, meadowY);
        for (int i = 0; i < 2; i++) {
            Ridge ridge = Ridge.fractal(c.rng, 64, 0.4);
            c.g.setColor(Colours.mix(c.palette.depth(0.1 + 0.25 * i), c.palette.foliage(), 0.3 + 0.2 * i));
            c.g.fill(
                    ridge.shape(-2, c.width + 2, meadowY + c.height * 0.01, c.height * (0.1 - 0.04 * i), c.height + 1));
            Mist.band(c, meadowY - c.height * 0.08, meadowY + c.height * 0.02, Mist.strength(c) * 0.7);
        }
        Color grass = c.palette.foliage();
        c.g.setPaint(c.vertical(
                meadowY, Colours.mix(grass, c.palette.skyHorizon(), 0.3), c.height, Colours.darker(grass, 0.4)));
        c.g.fill(new Rectangle2D.Double(0, meadowY, c.width, c.height - meadowY));
        meadow(c, meadowY);
        int heroes = 3 + c.rng.nextInt(4);
        for (int i = 0; i < heroes; i++) {
            double x = c.width * (i + c.between(0.2, 0.8)) / heroes;
            double y = c.height * c.between(0.62, 0.85);
            double r = c.unit() * c.between(0.05, 0.1);
            Flowers.flower(c, x, y, r, c.height + r, heroColour(c));
        }
    }

    private static void meadow(Canvas c, double meadowY) {
        double depth = c.height - meadowY;
        double scale = Math.max(1.0, c.unit() / 1024.0);
        int blades = c.perArea(900);
        Color dark = Colours.darker(c.palette.foliage(), 0.45);
        Color light = Colours.lighter(c.palette.foliage(), 0.2);
        int flowers = c.perArea(1600);
        for (int i = 0; i < blades + flowers; i++) {
            double d = Math.pow(c.rng.nextDouble(), 0.9);
            double y = meadowY + d * depth;
            double x = c.rng.nextDouble() * c.width;
            if (i < blades) {
                double h = c.unit() * (0.004 + 0.04 * d * d);
                c.g.setColor(c.chance(0.5) ? dark : light);
                c.g.setStroke(new BasicStroke(
                        (float) ((0.5 + 1.5 * d) * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
                c.g.draw(new QuadCurve2D.Double(
                        x, y, x + c.between(-0.3, 0.3) * h, y - h * 0.6, x + c.between(-0.6, 0.6) * h, y - h));
            } else {
                double r = c.unit() * (0.0015 + 0.009 * d * d) * c.between(0.7, 1.3);
                c.g.setColor(petalColour(c));
                c.fillCircle(x, y, r);
                if (r > 3) {
                    c.g.setColor(Colours.alpha(Colours.lighter(c.palette.light(), 0.3), 0.8));
                    c.fillCircle(x, y, r * 0.3);
                }
            }
        }
    }

    private static void bouquet(Canvas c) {
        int n = 1 + c.rng.nextInt(3);
        for (int i = 0; i < n; i++) {
            double x = c.width * (0.5 + (n == 1 ? 0 : (i - (n - 1) / 2.0) * 0.18));
            double y = c.height * (n == 1 ? 0.38 : c.between(0.3, 0.45));
            double r = c.unit() * (n == 1 ? 0.2 : 0.13);
            Flowers.flower(c, x, y, r, c.height * 0.86, heroColour(c));
        }
    }

    /** Large flowers keep to the leading colours, so "a red flower" is red. */
    private static Color heroColour(Canvas c) {
        List<Color> swatches = c.palette.swatches();
        Color pick = c.chance(0.6) ? c.palette.accent() : swatches.get(c.rng.nextInt(Math.min(3, swatches.size())));
        return Colours.jitter(pick, c.rng, 0.15);
    }

    private static Color petalColour(Canvas c) {
        List<Color> swatches = c.palette.swatches();
        Color pick = c.chance(0.5) ? c.palette.accent() : swatches.get(c.rng.nextInt(swatches.size()));
        return Colours.jitter(pick, c.rng, 0.25);
    }
}
