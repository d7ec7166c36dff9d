package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.awt.GradientPaint;
import java.awt.Paint;
import java.awt.geom.Path2D;

/** Layered mountain ranges fading into haze, with snow caps and an optional mirror lake. */
final class MountainScene implements Composition {

    @Override
    public void paint(Canvas c) {
        boolean lake = c.scene.has(Feature.WATER);
        double waterY = c.height * c.between(0.7, 0.78);
        Sky.Light light = Sky.paint(c, c.height * (lake ? 0.6 : 0.64));
        int layers = switch (c.detail) {
            case LOW -> 3;
            case MEDIUM -> 4;
            case HIGH -> 5;
        };
        boolean snowy = c.scene.has(Feature.SNOW) || (!c.scene.isNight() && c.chance(0.55));
        double bottom = lake ? waterY + 2 : c.height + 1;
        int segments = c.detail == Detail.LOW ? 128 : 256;
        for (int i = 0; i < layers; i++) {
            double t = layers == 1 ? 1 : (double) i / (layers - 1);
            double baseY = c.height * (lake ? 0.46 + 0.26 * t : 0.5 + 0.34 * t);
            double amplitude = c.height * (0.3 - 0.19 * t) * c.between(0.85, 1.15);
            Ridge ridge = Ridge.fractal(c.rng, segments, 0.56 - 0.08 * t);
            Path2D.Double shape = ridge.shape(-2, c.width + 2, baseY, amplitude, bottom);
            Color colour = c.palette.depth(t);
            c.g.setPaint(c.vertical(
                    baseY - amplitude,
                    Colours.mix(colour, c.palette.glow(), 0.12 * (1 - t)),
                    baseY + c.height * 0.1,
                    Colours.darker(colour, 0.08)));
            c.g.fill(shape);
            sunlitSide(c, shape, light, colour, baseY, amplitude);
            if (snowy && t < 0.45) {
                snowCaps(c, ridge, baseY, amplitude);
            }
            if (i == layers - 1 && !lake && c.detail != Detail.LOW) {
                treeLine(c, ridge, baseY, amplitude, colour, light);
            }
            if (i < layers - 1) {
                Mist.band(c, baseY - amplitude * 0.4, baseY + c.height * 0.08, Mist.strength(c));
            }
        }
        if (lake) {
            Reflection.paint(c, waterY, light);
        }
    }

    /** A horizontal wash of light from the sun's side, so slopes facing it read warmer. */
    private static void sunlitSide(
            Canvas c, Path2D.Double shape, Sky.Light light, Color colour, double baseY, double amplitude) {
        if (c.flat()) {
            return;
        }
        boolean fromLeft = light.x() < c.width / 2.0;
        Color lit = Colours.alpha(Colours.mix(colour, c.palette.glow(), 0.5), 0.22);
        Paint wash = new GradientPaint(
                (float) (fromLeft ? 0 : c.width), 0f, lit, (float) (fromLeft ? c.width : 0), 0f, Colours.alpha(lit, 0));
        c.g.setPaint(wash);
        c.g.fill(shape);
        c.g.setPaint(c.vertical(
                baseY - amplitude * 0.2,
                Colours.alpha(colour, 0),
                baseY + c.height * 0.15,
                Colours.alpha(Colours.darker(colour, 0.25), 0.6)));
        c.g.fill(shape);
    }

    /** Snow follows the ridge down from each summit, deeper on the higher peaks. */
    private static void snowCaps(Canvas c, Ridge ridge, double baseY, double amplitude) {
        double threshold = c.between(0.55, 0.7);
        int steps = 256;
        double[] xs = new double[steps + 1];
        double[] tops = new double[steps + 1];
        double[] depths = new double[steps + 1];
        for (int i = 0; i <= steps; i++) {
            double fx = i / (double) steps;
            double height = ridge.at(fx);
            xs[i] = -2 + (c.width + 4) * fx;
            tops[i] = baseY - amplitude * height;
            double above = Math.max(0, height - threshold) / (1 - threshold);
            depths[i] = above * amplitude * 0.3 * c.between(0.6, 1.0);
        }
        Path2D.Double snow = new Path2D.Double();
        snow.moveTo(xs[0], tops[0]);
        for (int i = 1; i <= steps; i++) {
            snow.lineTo(xs[i], tops[i]);
        }
        for (int i = steps; i >= 0; i--) {
            snow.lineTo(xs[i], tops[i] + depths[i]);
        }
        snow.closePath();
        c.g.setPaint(c.vertical(
                baseY - amplitude,
                Colours.lighter(c.palette.glow(), 0.6),
                baseY - amplitude * threshold,
                Colours.mix(Color.WHITE, c.palette.skyHorizon(), 0.35)));
        c.g.fill(snow);
    }

    private static void treeLine(Canvas c, Ridge ridge, double baseY, double amplitude, Color colour, Sky.Light light) {
        Color tree = Colours.darker(Colours.mix(colour, c.palette.foliage(), 0.3), 0.25);
        int n = c.perWidth(70);
        for (int i = 0; i < n; i++) {
            double fx = c.rng.nextDouble();
            double h = c.height * c.between(0.025, 0.06);
            double y = baseY - amplitude * ridge.at(fx) + h * 0.6;
            Trees.conifer(c, fx * c.width, y, h, Colours.jitter(tree, c.rng, 0.15), light.x() < fx * c.width, false);
        }
    }
}
