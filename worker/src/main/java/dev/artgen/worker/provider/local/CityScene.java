package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** A skyline in three depths with lit windows, rooftop details and an optional waterfront. */
final class CityScene implements Composition {

    @Override
    public void paint(Canvas c) {
        boolean waterfront = c.scene.has(Feature.WATER) || c.chance(0.4);
        double groundY = waterfront ? c.height * c.between(0.68, 0.76) : c.height + 1;
        Sky.Light light = Sky.paint(c, waterfront ? groundY : c.height * 0.85);
        for (int layer = 0; layer < 3; layer++) {
            double t = layer / 2.0;
            skyline(c, t, groundY);
            if (layer < 2) {
                Mist.band(c, groundY - c.height * (0.35 - 0.1 * layer), groundY, Mist.strength(c) * 0.7);
            }
            if (layer == 0 && c.scene.time() != TimeOfDay.DAY && !c.flat() && !c.transparent) {
                c.g.setPaint(c.vertical(
                        groundY - c.height * 0.3,
                        Colours.alpha(c.palette.light(), 0),
                        groundY,
                        Colours.alpha(Colours.mix(c.palette.light(), c.palette.skyHorizon(), 0.5), 0.3)));
                c.g.fill(new Rectangle2D.Double(0, 0, c.width, groundY));
            }
        }
        if (waterfront) {
            Reflection.paint(c, groundY, light);
        }
    }

    private static void skyline(Canvas c, double t, double groundY) {
        Color body = c.palette.depth(0.15 + 0.85 * t);
        if (c.scene.isNight()) {
            body = Colours.darker(body, 0.25 * t);
        }
        double x = -c.width * c.between(0, 0.05);
        while (x < c.width) {
            double bw = c.width * c.between(0.035, 0.09) * (0.75 + 0.5 * t);
            double bh = c.height * c.between(0.12, 0.42) * (0.7 + 0.45 * t) * (groundY < c.height ? 0.85 : 1.0);
            if (c.chance(0.12)) {
                bh *= 1.45;
            }
            double top = Math.max(c.height * 0.1, groundY - bh);
            building(c, x, top, bw, groundY, Colours.jitter(body, c.rng, 0.12), t);
            x += bw * c.between(0.85, 1.15);
        }
    }

    private static void building(Canvas c, double x, double top, double bw, double groundY, Color body, double t) {
        c.g.setColor(body);
        c.g.fill(new Rectangle2D.Double(x, top, bw, groundY - top));
        double scale = Math.max(1.0, c.unit() / 1024.0);
        switch (c.rng.nextInt(5)) {
            case 0 -> {
                double sw = bw * c.between(0.4, 0.7);
                double sh = (groundY - top) * c.between(0.05, 0.12);
                c.g.fill(new Rectangle2D.Double(x + (bw - sw) / 2, top - sh, sw, sh));
                c.g.setStroke(new BasicStroke((float) (1.5 * scale)));
                c.g.draw(new Line2D.Double(
                        x + bw / 2, top - sh, x + bw / 2, top - sh - c.height * c.between(0.02, 0.06)));
            }
            case 1 -> {
                Path2D.Double spire = new Path2D.Double();
                spire.moveTo(x, top);
                spire.lineTo(x + bw / 2, top - bw * c.between(0.6, 1.4));
                spire.lineTo(x + bw, top);
                spire.closePath();
                c.g.fill(spire);
            }
            case 2 -> c.g.fill(new Ellipse2D.Double(x + bw * 0.1, top - bw * 0.4, bw * 0.8, bw * 0.8));
            case 3 -> {
                c.g.setStroke(new BasicStroke((float) (1.2 * scale)));
                c.g.draw(new Line2D.Double(x + bw * 0.3, top, x + bw * 0.3, top - c.height * c.between(0.01, 0.04)));
            }
            default -> {}
        }
        if (!c.flat()) {
            c.g.setColor(Colours.alpha(Colours.mix(body, c.palette.glow(), 0.5), 0.25));
            c.g.fill(new Rectangle2D.Double(x, top, bw * 0.18, groundY - top));
        }
        if (t > 0) {
            windows(c, x, top, bw, groundY, body, t);
        }
        if (t >= 1 && c.scene.time() != TimeOfDay.DAY && c.chance(0.18)) {
            sign(c, x, top, bw, groundY);
        }
    }

    private static void windows(Canvas c, double x, double top, double bw, double groundY, Color body, double t) {
        double cell = c.unit() * (0.008 + 0.01 * t);
        int cols = (int) ((bw * 0.8) / cell);
        int rows = (int) ((groundY - top - cell) / (cell * 1.4));
        if (cols < 1 || rows < 1) {
            return;
        }
        double lit = switch (c.scene.time()) {
            case NIGHT -> 0.42;
            case GOLDEN -> 0.22;
            case DAY -> 0.0;
        };
        double ox = x + (bw - cols * cell) / 2 + cell * 0.2;
        double win = cell * 0.55;
        Color glass = Colours.mix(body, c.palette.skyHorizon(), c.scene.time() == TimeOfDay.DAY ? 0.3 : 0.08);
        boolean stripy = c.chance(0.3);
        for (int r = 0; r < rows; r++) {
            double y = top + cell + r * cell * 1.4;
            double rowLit = stripy && c.chance(0.5) ? lit * 1.8 : lit;
            for (int k = 0; k < cols; k++) {
                if (c.chance(rowLit)) {
                    c.g.setColor(Colours.jitter(c.palette.light(), c.rng, 0.3));
                } else {
                    c.g.setColor(glass);
                }
                c.g.fill(new Rectangle2D.Double(ox + k * cell, y, win, win * 1.3));
            }
        }
    }

    private static void sign(Canvas c, double x, double top, double bw, double groundY) {
        java.util.List<Color> swatches = c.palette.swatches();
        Color neon = swatches.get(c.rng.nextInt(Math.min(3, swatches.size())));
        double sw = bw * 0.22;
        double sh = (groundY - top) * c.between(0.15, 0.35);
        double sx = x + bw * c.between(0.1, 0.7);
        double sy = top + (groundY - top) * c.between(0.1, 0.4);
        c.glow(sx + sw / 2, sy + sh / 2, sh * 0.9, neon, 0.35);
        c.g.setColor(Colours.lighter(neon, 0.2));
        c.g.fill(new Rectangle2D.Double(sx, sy, sw, sh));
    }
}
