package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.awt.geom.Rectangle2D;

/** A band of haze that makes the layer behind it recede. */
final class Mist {

    private Mist() {}

    /** Clear at {@code clearY}, {@code strength} opaque at {@code denseY} and below. */
    static void band(Canvas c, double clearY, double denseY, double strength) {
        if (c.flat() || c.transparent) {
            return;
        }
        Color haze = Colours.lighter(c.palette.skyHorizon(), c.scene.isNight() ? 0.0 : 0.15);
        c.g.setPaint(c.vertical(clearY, Colours.alpha(haze, 0), denseY, Colours.alpha(haze, strength)));
        c.g.fill(new Rectangle2D.Double(0, clearY, c.width, c.height - clearY));
    }

    static double strength(Canvas c) {
        return c.scene.has(Feature.MIST) ? 0.6 : 0.32;
    }
}
