package dev.artgen.worker.provider.local;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Line2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/**
 * Oil / impressionist: a blurred underpainting covered in short, thick brush strokes that take their colour
 * from the picture and follow a smooth flow field; smaller strokes go where detail is.
 */
final class OilFinish implements Finish {

    @Override
    public BufferedImage apply(BufferedImage image, Scene scene, Detail detail, SplittableRandom rng) {
        int w = image.getWidth();
        int h = image.getHeight();
        int[] sharp = Images.pixels(image);
        BufferedImage canvas = Images.blurred(image, 4);
        int[] under = Images.pixels(canvas).clone();
        Graphics2D g = canvas.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        double perSide = switch (detail) {
            case LOW -> 70;
            case MEDIUM -> 100;
            case HIGH -> 120;
        };
        double cell = Math.max(3, Math.max(w, h) / perSide);
        strokes(g, sharp, under, w, h, cell, false, rng);
        strokes(g, sharp, under, w, h, cell * 0.5, true, rng);
        g.dispose();
        return canvas;
    }

    private static void strokes(
            Graphics2D g,
            int[] sharp,
            int[] under,
            int w,
            int h,
            double cell,
            boolean detailOnly,
            SplittableRandom rng) {
        NoiseTile noise = NoiseTile.SHARED;
        int ox = rng.nextInt(256);
        BasicStroke[] brushes = new BasicStroke[4];
        BasicStroke[] highlights = new BasicStroke[4];
        for (int i = 0; i < brushes.length; i++) {
            float width = (float) (cell * (0.7 + 0.15 * i));
            brushes[i] = new BasicStroke(width, BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
            highlights[i] = new BasicStroke(Math.max(1f, width * 0.22f), BasicStroke.CAP_ROUND, BasicStroke.JOIN_ROUND);
        }
        for (double y = cell / 2; y < h; y += cell) {
            for (double x = cell / 2; x < w; x += cell) {
                int sx = (int) Math.min(w - 1, Math.max(0, x + (rng.nextDouble() - 0.5) * cell));
                int sy = (int) Math.min(h - 1, Math.max(0, y + (rng.nextDouble() - 0.5) * cell));
                int i = sy * w + sx;
                int colour = sharp[i];
                if (detailOnly && Math.abs(Images.luma(colour) - Images.luma(under[i])) < 18) {
                    continue;
                }
                double angle = noise.smooth((int) (sx / cell * 6) + ox, (int) (sy / cell * 6)) * 1.5;
                double length = cell * (1.2 + rng.nextDouble() * 1.3);
                double dx = Math.cos(angle) * length / 2;
                double dy = Math.sin(angle) * length / 2;
                int shade = (int) ((rng.nextDouble() - 0.5) * 22);
                Color paint = new Color(Images.rgb(
                        Images.red(colour) + shade, Images.green(colour) + shade, Images.blue(colour) + shade));
                int brush = rng.nextInt(brushes.length);
                g.setStroke(brushes[brush]);
                g.setColor(paint);
                Line2D.Double stroke = new Line2D.Double(sx - dx, sy - dy, sx + dx, sy + dy);
                g.draw(stroke);
                // A thin, lighter ridge along each stroke reads as raised paint catching the light.
                g.setStroke(highlights[brush]);
                g.setColor(Colours.alpha(Colours.lighter(paint, 0.35), 0.35));
                double off = cell * 0.18;
                g.draw(new Line2D.Double(
                        sx - dx * 0.8 - off, sy - dy * 0.8 - off, sx + dx * 0.8 - off, sy + dy * 0.8 - off));
            }
        }
    }
}
