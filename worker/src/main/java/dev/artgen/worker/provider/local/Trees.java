package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Shape;
import java.awt.geom.Line2D;
import java.awt.geom.Path2D;
import java.awt.geom.Rectangle2D;

/** Tree shapes: tiered conifers and round-crowned broadleaf trees, lit from the light's side. */
final class Trees {

    private Trees() {}

    static void conifer(
            Canvas c, double x, double baseY, double height, Color colour, boolean lightFromLeft, boolean snow) {
        double width = height * c.between(0.28, 0.38);
        int tiers = 4 + c.rng.nextInt(3);
        Path2D.Double tree = new Path2D.Double();
        double top = baseY - height;
        double trunk = height * 0.08;
        tree.moveTo(x, top);
        double[] tierY = new double[tiers];
        double[] tierW = new double[tiers];
        for (int k = 0; k < tiers; k++) {
            double f = (k + 1.0) / tiers;
            tierY[k] = top + (height - trunk) * f;
            tierW[k] = width / 2 * (0.35 + 0.65 * f) * c.between(0.85, 1.1);
        }
        for (int k = 0; k < tiers; k++) {
            tree.lineTo(x + tierW[k], tierY[k]);
            if (k < tiers - 1) {
                tree.lineTo(x + tierW[k] * 0.45, tierY[k] - height * 0.01);
            }
        }
        for (int k = tiers - 1; k >= 0; k--) {
            if (k < tiers - 1) {
                tree.lineTo(x - tierW[k] * 0.45, tierY[k] - height * 0.01);
            }
            tree.lineTo(x - tierW[k], tierY[k]);
        }
        tree.closePath();
        c.g.setColor(Colours.darker(colour, 0.35));
        c.g.fill(new Rectangle2D.Double(x - height * 0.015, baseY - trunk * 1.2, height * 0.03, trunk * 1.2));
        c.g.setColor(colour);
        c.g.fill(tree);
        if (!c.flat()) {
            Shape clip = c.g.getClip();
            c.g.clip(tree);
            c.g.setColor(Colours.alpha(Colours.lighter(Colours.mix(colour, c.palette.glow(), 0.3), 0.15), 0.35));
            double from = lightFromLeft ? x - width : x;
            c.g.fill(new Rectangle2D.Double(from, top, width, height));
            c.g.setClip(clip);
        }
        if (snow) {
            c.g.setColor(Colours.alpha(Color.WHITE, 0.85));
            for (int k = 0; k < tiers; k++) {
                double y = tierY[k];
                c.g.fill(new Rectangle2D.Double(
                        x - tierW[k] * 0.85, y - height * 0.018, tierW[k] * 1.7, height * 0.018));
            }
        }
    }

    static void broadleaf(Canvas c, double x, double baseY, double height, Color colour, boolean lightFromLeft) {
        double crown = height * c.between(0.26, 0.34);
        double cy = baseY - height + crown;
        c.g.setColor(Colours.darker(colour, 0.55));
        c.g.setStroke(
                new BasicStroke((float) Math.max(1, height * 0.045), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        c.g.draw(new Line2D.Double(x, baseY, x, cy + crown * 0.3));
        c.g.setStroke(
                new BasicStroke((float) Math.max(1, height * 0.02), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND));
        c.g.draw(new Line2D.Double(x, cy + crown * 0.8, x - crown * 0.5, cy + crown * 0.1));
        c.g.draw(new Line2D.Double(x, cy + crown * 0.6, x + crown * 0.45, cy));
        int puffs = 5 + c.rng.nextInt(4);
        double[][] p = new double[puffs][3];
        for (int i = 0; i < puffs; i++) {
            double a = c.rng.nextDouble() * Math.PI * 2;
            double d = c.between(0.1, 0.6) * crown;
            p[i][0] = x + Math.cos(a) * d * 1.1;
            p[i][1] = cy + Math.sin(a) * d * 0.8;
            p[i][2] = crown * c.between(0.45, 0.65);
        }
        c.g.setColor(Colours.darker(colour, 0.2));
        for (double[] q : p) {
            c.fillCircle(q[0], q[1] + q[2] * 0.1, q[2]);
        }
        if (!c.flat()) {
            double side = lightFromLeft ? -1 : 1;
            c.g.setColor(Colours.lighter(Colours.mix(colour, c.palette.glow(), 0.2), 0.12));
            for (double[] q : p) {
                c.fillCircle(q[0] + side * q[2] * 0.18, q[1] - q[2] * 0.18, q[2] * 0.7);
            }
        } else {
            c.g.setColor(colour);
            for (double[] q : p) {
                c.fillCircle(q[0], q[1], q[2] * 0.9);
            }
        }
    }
}
