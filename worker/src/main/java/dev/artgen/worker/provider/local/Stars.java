package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Line2D;

/** A star field: many faint points, a few bright ones with glints. */
final class Stars {

    private Stars() {}

    static void paint(Canvas c, double top, double bottom, double density) {
        double scale = Math.max(1.0, c.unit() / 1024.0);
        int n = (int) (c.perArea(900) * density * (bottom - top) / c.height);
        for (int i = 0; i < n; i++) {
            double x = c.rng.nextDouble() * c.width;
            double y = top + Math.pow(c.rng.nextDouble(), 1.4) * (bottom - top);
            double r = c.between(0.35, 1.3) * scale;
            double fade = 1 - (y - top) / (bottom - top) * 0.7;
            Color tint = c.chance(0.3) ? Colours.lighter(c.palette.glow(), 0.5) : Color.WHITE;
            c.g.setColor(Colours.alpha(tint, c.between(0.25, 0.95) * fade));
            c.fillCircle(x, y, r);
        }
        int bright = Math.max(2, (int) (c.perArea(22) * density));
        c.g.setStroke(new BasicStroke((float) (0.8 * scale)));
        for (int i = 0; i < bright; i++) {
            double x = c.rng.nextDouble() * c.width;
            double y = top + Math.pow(c.rng.nextDouble(), 1.6) * (bottom - top);
            double r = c.between(1.2, 2.4) * scale;
            c.glow(x, y, r * 7, Colours.lighter(c.palette.glow(), 0.4), 0.5);
            c.g.setColor(Colours.alpha(Color.WHITE, 0.9));
            c.fillCircle(x, y, r);
            double spike = r * c.between(4, 9);
            c.g.setColor(Colours.alpha(Color.WHITE, 0.5));
            c.g.draw(new Line2D.Double(x - spike, y, x + spike, y));
            c.g.draw(new Line2D.Double(x, y - spike, x, y + spike));
        }
    }
}
