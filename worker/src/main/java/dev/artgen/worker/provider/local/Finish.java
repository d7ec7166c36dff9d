package dev.artgen.worker.provider.local;

import java.awt.image.BufferedImage;
import java.util.SplittableRandom;

/** A style applied over the composed layers; takes and returns an opaque TYPE_INT_RGB picture. */
interface Finish {

    BufferedImage apply(BufferedImage image, Scene scene, Detail detail, SplittableRandom rng);

    static Finish of(Style style) {
        return switch (style) {
            case WATERCOLOR -> new WatercolorFinish();
            case OIL -> new OilFinish();
            case SKETCH -> new SketchFinish();
            case NEON -> new NeonFinish();
            case FLAT -> (image, scene, detail, rng) -> image;
            case PAINTERLY, PIXEL -> new GrainFinish();
        };
    }
}
