package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.geom.Line2D;
import java.awt.geom.Rectangle2D;
import java.awt.image.BufferedImage;

/** Still water below a waterline that mirrors what is painted above it, broken by ripples. */
final class Reflection {

    private Reflection() {}

    static void paint(Canvas c, double waterY, Sky.Light light) {
        int top = (int) Math.round(waterY);
        int depth = c.height - top;
        if (depth <= 0) {
            return;
        }
        int source = Math.max(0, top - depth);
        BufferedImage above = new BufferedImage(c.width, top - source, c.image.getType());
        Graphics2D copy = above.createGraphics();
        copy.drawImage(c.image.getSubimage(0, source, c.width, top - source), 0, 0, null);
        copy.dispose();
        c.g.drawImage(above, 0, c.height, c.width, top, 0, 0, c.width, above.getHeight(), null);

        Color water = c.palette.water();
        c.g.setPaint(c.vertical(
                top,
                Colours.alpha(Colours.mix(water, c.palette.skyHorizon(), 0.3), 0.35),
                c.height,
                Colours.alpha(Colours.darker(water, 0.3), 0.7)));
        c.g.fill(new Rectangle2D.Double(0, top, c.width, depth));

        double scale = Math.max(1.0, c.unit() / 1024.0);
        int ripples = c.perArea(260) * depth / c.height * 3;
        Color lightRipple = Colours.alpha(Colours.mix(c.palette.skyHorizon(), c.palette.glow(), 0.5), 0.35);
        Color darkRipple = Colours.alpha(Colours.darker(water, 0.45), 0.3);
        for (int i = 0; i < ripples; i++) {
            double d = Math.pow(c.rng.nextDouble(), 1.3);
            double y = top + d * depth;
            double len = c.width * (0.01 + 0.08 * d) * c.between(0.5, 1.5);
            double x = c.rng.nextDouble() * c.width;
            c.g.setStroke(
                    new BasicStroke((float) ((0.6 + 1.8 * d) * scale), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
            c.g.setColor(c.chance(0.55) ? lightRipple : darkRipple);
            c.g.draw(new Line2D.Double(x - len / 2, y, x + len / 2, y));
        }
        Glitter.paint(c, top, light, 0.6);
        c.g.setColor(Colours.alpha(Colours.lighter(c.palette.skyHorizon(), 0.4), 0.5));
        c.g.setStroke(new BasicStroke((float) scale));
        c.g.draw(new Line2D.Double(0, top + 0.5, c.width, top + 0.5));
    }
}
