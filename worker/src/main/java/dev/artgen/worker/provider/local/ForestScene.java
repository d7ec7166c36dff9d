package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Rows of trees receding into mist under distant hills, with shafts of light. */
final class ForestScene implements Composition {

    @Override
    public void paint(Canvas c) {
        Sky.Light light = Sky.paint(c, c.height * 0.72);
        for (int i = 0; i < 2; i++) {
            double t = i * 0.18;
            Ridge ridge = Ridge.fractal(c.rng, 128, 0.45);
            double baseY = c.height * (0.5 + 0.05 * i);
            c.g.setColor(c.palette.depth(t));
            c.g.fill(ridge.shape(-2, c.width + 2, baseY, c.height * 0.12, c.height + 1));
            Mist.band(c, baseY - c.height * 0.08, baseY + c.height * 0.05, Mist.strength(c));
        }
        int rows = switch (c.detail) {
            case LOW -> 3;
            case MEDIUM -> 4;
            case HIGH -> 5;
        };
        boolean coniferous =
                c.palette.foliage().getGreen() < c.palette.foliage().getRed() ? c.chance(0.2) : c.chance(0.65);
        boolean snow = c.scene.has(Feature.SNOW);
        boolean fromLeft = light.x() < c.width / 2.0;
        for (int r = 0; r < rows; r++) {
            double t = (r + 1.0) / rows;
            double baseY = c.height * (0.56 + 0.46 * Math.pow(t, 1.3));
            double treeHeight = c.height * (0.08 + 0.5 * Math.pow(t, 1.8));
            Color rowColour = Colours.mix(c.palette.depth(0.25 + 0.75 * t), c.palette.foliage(), 0.45 * t);
            if (c.scene.isNight()) {
                rowColour = Colours.darker(rowColour, 0.3 * t);
            }
            c.g.setColor(Colours.darker(rowColour, 0.1));
            c.g.fill(new Rectangle2D.Double(0, baseY - treeHeight * 0.08, c.width, c.height));
            double spacing = treeHeight * (coniferous ? 0.2 : 0.32);
            int n = (int) Math.ceil(c.width / spacing) + 2;
            for (int i = 0; i < n; i++) {
                double x = (i - 0.5 + c.between(-0.4, 0.4)) * spacing;
                double h = treeHeight * c.between(0.7, 1.2);
                double y = baseY + treeHeight * c.between(-0.06, 0.06);
                Color colour = Colours.jitter(treeColour(c, rowColour, t), c.rng, 0.22);
                if (coniferous || c.chance(0.15)) {
                    Trees.conifer(c, x, y, h, colour, fromLeft, snow);
                } else {
                    Trees.broadleaf(c, x, y, h * 0.8, colour, fromLeft);
                }
            }
            if (r == rows - 3 && !c.scene.isNight()) {
                sunbeams(c, light);
            }
            if (r < rows - 1) {
                Mist.band(c, baseY - treeHeight, baseY + treeHeight * 0.2, Mist.strength(c) * 0.8);
            }
        }
    }

    private static Color treeColour(Canvas c, Color rowColour, double t) {
        Color leaf = c.palette.foliage();
        if (c.chance(0.25) && c.palette.swatches().size() > 1 && leaf.getRed() > leaf.getGreen()) {
            leaf = c.palette
                    .swatches()
                    .get(c.rng.nextInt(Math.min(3, c.palette.swatches().size())));
        }
        return Colours.mix(rowColour, leaf, 0.25 + 0.35 * t);
    }

    private static void sunbeams(Canvas c, Sky.Light light) {
        if (c.flat() || c.transparent) {
            return;
        }
        int beams = 4 + c.rng.nextInt(5);
        for (int i = 0; i < beams; i++) {
            double spread = c.between(-0.5, 0.5) * c.width;
            double w = c.width * c.between(0.02, 0.08);
            Path2D.Double beam = new Path2D.Double();
            beam.moveTo(light.x(), light.y());
            beam.lineTo(light.x() + spread - w, c.height);
            beam.lineTo(light.x() + spread + w, c.height);
            beam.closePath();
            c.g.setPaint(c.vertical(
                    light.y(), Colours.alpha(c.palette.glow(), 0.22), c.height, Colours.alpha(c.palette.glow(), 0.0)));
            c.g.fill(beam);
        }
    }
}
