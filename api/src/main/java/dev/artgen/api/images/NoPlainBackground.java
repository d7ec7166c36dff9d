package dev.artgen.api.images;

/** A transparent background was asked of a picture whose background is not one plain colour. */
public class NoPlainBackground extends RuntimeException {

    NoPlainBackground(int plainPercent) {
        super("This picture has no plain background to remove: only " + plainPercent + "% of its border is one colour"
                + " (at least " + BackgroundRemoval.PLAIN_BORDER_PERCENT + "% is needed).");
    }
}
