package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.geom.Arc2D;
import java.awt.geom.Ellipse2D;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;
import java.util.List;

/** A Bauhaus-like poster: a grid of circles, arcs, triangles and bars in the palette's swatches. */
final class AbstractScene implements Composition {

    @Override
    public void paint(Canvas c) {
        Color paper = background(c);
        if (!c.transparent) {
            c.g.setColor(paper);
            c.g.fill(new Rectangle2D.Double(0, 0, c.width, c.height));
        }
        double margin = c.unit() * (c.transparent ? 0.14 : c.between(0.04, 0.08));
        int rows = 3 + c.rng.nextInt(2);
        int cols = Math.max(2, (int) Math.round(rows * (double) c.width / c.height));
        double cw = (c.width - 2 * margin) / cols;
        double ch = (c.height - 2 * margin) / rows;
        List<Color> swatches = c.palette.swatches();
        Color previous = paper;
        for (int r = 0; r < rows; r++) {
            for (int k = 0; k < cols; k++) {
                double x = margin + k * cw;
                double y = margin + r * ch;
                if (c.chance(0.55)) {
                    Color block = pick(c, swatches, previous, paper);
                    c.g.setColor(block);
                    c.g.fill(new Rectangle2D.Double(x, y, cw + 0.5, ch + 0.5));
                    previous = block;
                }
                if (c.chance(0.88)) {
                    Color ink = pick(c, swatches, previous, paper);
                    motif(c, x, y, cw, ch, ink, paper);
                    previous = ink;
                }
            }
        }
        accents(c, margin, cols, rows, cw, ch, swatches, paper);
    }

    private static Color background(Canvas c) {
        Palette p = c.palette;
        if (c.scene.isNight() && Colours.luminance(p.skyTop()) < 0.2) {
            return p.skyTop();
        }
        return Colours.mix(p.skyHorizon(), Colours.hex("f3ede0"), 0.6);
    }

    private static Color pick(Canvas c, List<Color> swatches, Color avoid, Color paper) {
        for (int tries = 0; tries < 6; tries++) {
            Color pick = swatches.get(c.rng.nextInt(swatches.size()));
            if (!pick.equals(avoid) && !pick.equals(paper)) {
                return pick;
            }
        }
        return swatches.getFirst();
    }

    private static void motif(Canvas c, double x, double y, double w, double h, Color ink, Color paper) {
        double s = Math.min(w, h);
        double cx = x + w / 2;
        double cy = y + h / 2;
        c.g.setColor(ink);
        switch (c.rng.nextInt(8)) {
            case 0 -> c.fillCircle(cx, cy, s * c.between(0.3, 0.48));
            case 1 -> {
                int turn = c.rng.nextInt(4);
                c.g.fill(new Arc2D.Double(cx - s / 2, cy - s / 2, s, s, turn * 90, 180, Arc2D.PIE));
            }
            case 2 -> {
                int corner = c.rng.nextInt(4);
                double ax = corner % 2 == 0 ? x : x + w;
                double ay = corner < 2 ? y : y + h;
                double radius = Math.min(w, h);
                double start = switch (corner) {
                    case 0 -> 270;
                    case 1 -> 180;
                    case 2 -> 0;
                    default -> 90;
                };
                c.g.fill(new Arc2D.Double(ax - radius, ay - radius, 2 * radius, 2 * radius, start, 90, Arc2D.PIE));
            }
            case 3 -> {
                Path2D.Double tri = new Path2D.Double();
                boolean up = c.chance(0.5);
                tri.moveTo(x, up ? y + h : y);
                tri.lineTo(x + w, up ? y + h : y);
                tri.lineTo(x + w * c.between(0, 1), up ? y : y + h);
                tri.closePath();
                c.g.fill(tri);
            }
            case 4 -> {
                int bars = 3 + c.rng.nextInt(3);
                boolean vertical = c.chance(0.5);
                for (int i = 0; i < bars; i += 1) {
                    if (vertical) {
                        c.g.fill(new Rectangle2D.Double(x + w * (i + 0.25) / bars, y, w * 0.5 / bars, h));
                    } else {
                        c.g.fill(new Rectangle2D.Double(x, y + h * (i + 0.25) / bars, w, h * 0.5 / bars));
                    }
                }
            }
            case 5 -> {
                int rings = 2 + c.rng.nextInt(3);
                for (int i = rings; i > 0; i--) {
                    c.g.setColor(i % 2 == 0 ? paper : ink);
                    c.fillCircle(cx, cy, s * 0.46 * i / rings);
                }
            }
            case 6 -> {
                double step = s / 5;
                for (double dx = x + step / 2; dx < x + w; dx += step) {
                    for (double dy = y + step / 2; dy < y + h; dy += step) {
                        c.fillCircle(dx, dy, step * 0.22);
                    }
                }
            }
            default -> {
                c.g.fill(new Rectangle2D.Double(cx - w * 0.35, cy - h * 0.35, w * 0.7, h * 0.7));
                c.g.setColor(paper);
                c.fillCircle(cx, cy, s * 0.2);
            }
        }
    }

    private static void accents(
            Canvas c, double margin, int cols, int rows, double cw, double ch, List<Color> swatches, Color paper) {
        Color ink = Colours.luminance(paper) > 0.5 ? Colours.hex("1a1a1a") : Colours.lighter(paper, 0.85);
        double big = c.unit() * c.between(0.18, 0.3);
        double bx = margin + cw * c.between(0.5, cols - 0.5);
        double by = margin + ch * c.between(0.5, rows - 0.5);
        c.g.setColor(Colours.alpha(pick(c, swatches, paper, paper), 0.85));
        c.g.fill(new Ellipse2D.Double(bx - big, by - big, 2 * big, 2 * big));
        c.g.setColor(ink);
        c.g.setStroke(new BasicStroke((float) (c.unit() * 0.008), BasicStroke.CAP_BUTT, BasicStroke.JOIN_MITER));
        int lines = 2 + c.rng.nextInt(3);
        for (int i = 0; i < lines; i++) {
            if (c.chance(0.5)) {
                double y = margin + ch * (1 + c.rng.nextInt(Math.max(1, rows - 1)));
                c.g.draw(new Line2D.Double(margin, y, c.width - margin, y));
            } else {
                double x = margin + cw * (1 + c.rng.nextInt(Math.max(1, cols - 1)));
                c.g.draw(new Line2D.Double(x, margin, x, c.height - margin));
            }
        }
        c.g.setStroke(new BasicStroke((float) (c.unit() * 0.004)));
        c.g.draw(new Ellipse2D.Double(bx - big * 1.15, by - big * 1.15, big * 2.3, big * 2.3));
    }
}
