package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.geom.Ellipse2D;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** Turns a prompt and a seed into a picture, deterministically. */
final class LocalRenderer {

    static final int MIN_SIDE = 16;
    static final int MAX_SIDE = 4096;

    private final PromptInterpreter interpreter = new PromptInterpreter();

    BufferedImage render(String prompt, long seed, int width, int height, Detail detail, boolean transparent) {
        if (width < MIN_SIDE || height < MIN_SIDE || width > MAX_SIDE || height > MAX_SIDE) {
            throw new IllegalArgumentException(
                    "Size must be between " + MIN_SIDE + " and " + MAX_SIDE + " per side: " + width + "x" + height);
        }
        Scene scene = interpreter.interpret(prompt, seed);
        return render(scene, width, height, detail == null ? Detail.MEDIUM : detail, transparent);
    }

    BufferedImage render(Scene scene, int width, int height, Detail detail, boolean transparent) {
        SplittableRandom rng = new SplittableRandom(scene.variation());
        if (scene.style() == Style.PIXEL) {
            int block = PixelArt.blockSize(width, height, detail);
            BufferedImage small = layers(
                    scene,
                    PixelArt.smallSide(width, block),
                    PixelArt.smallSide(height, block),
                    detail,
                    transparent,
                    false,
                    rng);
            PixelArt.posterise(small, scene.palette());
            if (transparent) {
                small = Sticker.cutOut(small);
            }
            return PixelArt.enlarge(small, width, height, block);
        }
        BufferedImage layers = layers(scene, width, height, detail, transparent, true, rng);
        Finish finish = Finish.of(scene.style());
        if (!transparent) {
            return finish.apply(layers, scene, detail, rng);
        }
        BufferedImage finished = finish.apply(Images.flattened(layers, Color.WHITE), scene, detail, rng);
        return Sticker.cutOut(Images.withAlpha(finished, layers));
    }

    /** Paints the subject's layers; transparent pictures keep everything inside an inset oval so corners stay clear. */
    private static BufferedImage layers(
            Scene scene,
            int width,
            int height,
            Detail detail,
            boolean transparent,
            boolean smooth,
            SplittableRandom rng) {
        BufferedImage image = Images.blank(width, height, transparent);
        Graphics2D g = image.createGraphics();
        g.setRenderingHint(
                RenderingHints.KEY_ANTIALIASING,
                smooth ? RenderingHints.VALUE_ANTIALIAS_ON : RenderingHints.VALUE_ANTIALIAS_OFF);
        g.setRenderingHint(RenderingHints.KEY_INTERPOLATION, RenderingHints.VALUE_INTERPOLATION_BILINEAR);
        if (transparent) {
            double inset = Math.min(width, height) * 0.06;
            g.clip(new Ellipse2D.Double(inset, inset, width - 2 * inset, height - 2 * inset));
        }
        Canvas canvas = new Canvas(image, g, scene, detail, transparent, rng);
        Composition.of(scene.subject()).paint(canvas);
        g.dispose();
        return image;
    }
}
