package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.geom.Line2D;

/** The broken path of sun- or moonlight on water, widening toward the viewer. */
final class Glitter {

    private Glitter() {}

    static void paint(Canvas c, double waterY, Sky.Light light, double strength) {
        double depth = c.height - waterY;
        if (depth <= 0 || light.y() > waterY) {
            return;
        }
        double scale = Math.max(1.0, c.unit() / 1024.0);
        int n = (int) (c.perArea(520) * strength * depth / c.height * 2.2);
        for (int i = 0; i < n; i++) {
            double d = Math.pow(c.rng.nextDouble(), 1.5);
            double y = waterY + 2 + d * depth;
            double spread = light.radius() * (0.6 + 5.0 * d);
            double x = light.x() + c.rng.nextGaussian() * spread * 0.55;
            double len = c.width * (0.004 + 0.05 * d) * c.between(0.4, 1.4);
            double alpha = c.between(0.3, 0.95) * (1 - 0.55 * d) * strength;
            c.g.setColor(Colours.alpha(c.chance(0.5) ? c.palette.sun() : c.palette.glow(), alpha));
            c.g.setStroke(
                    new BasicStroke((float) ((0.8 + 2.5 * d) * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            c.g.draw(new Line2D.Double(x - len / 2, y, x + len / 2, y));
        }
    }
}
