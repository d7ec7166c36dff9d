package dev.artgen.common.upload;

/**
 * Facts read from an image's header without decoding its pixels.
 *
 * @param format {@code png}, {@code jpeg} or {@code webp}
 * @param hasAlpha whether the header says the image carries transparency (never for JPEG)
 */
public record ImageFacts(String format, int width, int height, boolean hasAlpha) {

    public long pixels() {
        return (long) width * height;
    }
}
