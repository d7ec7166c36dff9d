package dev.artgen.api.images;

import java.awt.image.BufferedImage;
import java.util.HashMap;
import java.util.Map;

/**
 * Makes the plain background of a picture transparent, for "download with a transparent background"
 * of pictures that were made opaque. It is a flood fill, not segmentation: it works for a subject on a
 * plain background (a studio shot, a sticker, an icon) and says so when a picture has none.
 *
 * <ol>
 *   <li>The background colour is the most common colour along the picture's border (colours within
 *       {@value #TOLERANCE} of each other count as one, so JPEG noise does not split it). At least
 *       {@value #PLAIN_BORDER_PERCENT}% of the border must be that colour, else {@link NoPlainBackground}.
 *   <li>A flood fill from every border pixel of that colour takes each neighbouring pixel within
 *       {@value #TOLERANCE} (Euclidean RGB distance) of it: those become fully transparent. Background-coloured
 *       areas the fill cannot reach (enclosed by the subject) stay as they are.
 *   <li>The subject's outline keeps its anti-aliasing: each pixel next to the filled area gets an alpha in
 *       proportion to how far its colour is from the background, compared with the most subject-like pixel
 *       around it, and the background's share is taken out of its colour, so no light or dark halo remains.
 * </ol>
 *
 * Pictures that already have transparent pixels are returned untouched: their alpha is the model's own.
 */
final class BackgroundRemoval {

    /** Colour distance (0–441) within which a pixel counts as background: JPEG noise, soft gradients. */
    static final int TOLERANCE = 40;

    static final int PLAIN_BORDER_PERCENT = 60;

    private BackgroundRemoval() {}

    /** Whether any pixel is less than fully opaque. */
    static boolean hasTransparency(BufferedImage image) {
        if (!image.getColorModel().hasAlpha()) {
            return false;
        }
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 != 0xff) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * The picture with its plain background made transparent (a new ARGB image), or the picture itself
     * when it already has transparency.
     *
     * @throws NoPlainBackground when too little of the border is one colour to call it a background
     */
    static BufferedImage cutOut(BufferedImage image) {
        if (hasTransparency(image)) {
            return image;
        }
        int w = image.getWidth();
        int h = image.getHeight();
        int[] px = image.getRGB(0, 0, w, h, null, 0, w);
        int background = backgroundColour(px, w, h);

        // 1: the background, reached from the border. A plain int array is the queue: each pixel enters once.
        boolean[] clear = new boolean[w * h];
        int[] queue = new int[w * h];
        int head = 0;
        int tail = 0;
        for (int i : borderIndices(w, h)) {
            if (!clear[i] && distance(px[i], background) <= TOLERANCE) {
                clear[i] = true;
                queue[tail++] = i;
            }
        }
        while (head < tail) {
            int i = queue[head++];
            int x = i % w;
            int y = i / w;
            if (x > 0) tail = visit(i - 1, px, background, clear, queue, tail);
            if (x < w - 1) tail = visit(i + 1, px, background, clear, queue, tail);
            if (y > 0) tail = visit(i - w, px, background, clear, queue, tail);
            if (y < h - 1) tail = visit(i + w, px, background, clear, queue, tail);
        }

        // 2: alpha 0 for the background, soft alpha along the outline, opaque inside.
        int[] out = new int[w * h];
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int i = y * w + x;
                if (clear[i]) {
                    out[i] = px[i] & 0x00ffffff;
                } else if (touchesClear(clear, w, h, x, y)) {
                    out[i] = edgePixel(px, clear, w, h, x, y, background);
                } else {
                    out[i] = 0xff000000 | px[i];
                }
            }
        }
        BufferedImage result = new BufferedImage(w, h, BufferedImage.TYPE_INT_ARGB);
        result.setRGB(0, 0, w, h, out, 0, w);
        return result;
    }

    private static int visit(int i, int[] px, int background, boolean[] clear, int[] queue, int tail) {
        if (!clear[i] && distance(px[i], background) <= TOLERANCE) {
            clear[i] = true;
            queue[tail++] = i;
        }
        return tail;
    }

    /** The most common border colour, averaged over its bucket, if enough of the border has it. */
    private static int backgroundColour(int[] px, int w, int h) {
        int[] border = borderIndices(w, h);
        // Buckets of 32 levels per channel: a first guess, refined below by distance.
        Map<Integer, Integer> counts = new HashMap<>();
        for (int i : border) {
            counts.merge(bucket(px[i]), 1, Integer::sum);
        }
        int commonest = counts.entrySet().stream()
                .max(Map.Entry.comparingByValue())
                .orElseThrow()
                .getKey();
        long r = 0;
        long g = 0;
        long b = 0;
        int n = 0;
        for (int i : border) {
            if (bucket(px[i]) == commonest) {
                r += (px[i] >> 16) & 0xff;
                g += (px[i] >> 8) & 0xff;
                b += px[i] & 0xff;
                n++;
            }
        }
        int colour = (int) (r / n) << 16 | (int) (g / n) << 8 | (int) (b / n);
        int near = 0;
        for (int i : border) {
            if (distance(px[i], colour) <= TOLERANCE) {
                near++;
            }
        }
        if (near * 100L < (long) border.length * PLAIN_BORDER_PERCENT) {
            throw new NoPlainBackground(near * 100 / border.length);
        }
        return colour;
    }

    private static int bucket(int rgb) {
        return ((rgb >> 21) & 7) << 6 | ((rgb >> 13) & 7) << 3 | ((rgb >> 5) & 7);
    }

    private static int[] borderIndices(int w, int h) {
        if (w == 1 || h == 1) {
            int[] all = new int[w * h];
            for (int i = 0; i < all.length; i++) {
                all[i] = i;
            }
            return all;
        }
        int[] border = new int[2 * w + 2 * (h - 2)];
        int k = 0;
        for (int x = 0; x < w; x++) {
            border[k++] = x;
            border[k++] = (h - 1) * w + x;
        }
        for (int y = 1; y < h - 1; y++) {
            border[k++] = y * w;
            border[k++] = y * w + w - 1;
        }
        return border;
    }

    private static boolean touchesClear(boolean[] clear, int w, int h, int x, int y) {
        for (int dy = -1; dy <= 1; dy++) {
            for (int dx = -1; dx <= 1; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && clear[ny * w + nx]) {
                    return true;
                }
            }
        }
        return false;
    }

    /**
     * An outline pixel is a mix of subject and background. Its alpha is how far it is from the background
     * relative to the most subject-like pixel within two pixels (the subject's own colour, as near as we can
     * tell); its colour is the subject's part of the mix: (observed - (1 - alpha) * background) / alpha.
     */
    private static int edgePixel(int[] px, boolean[] clear, int w, int h, int x, int y, int background) {
        int own = distance(px[y * w + x], background);
        int subject = own;
        for (int dy = -2; dy <= 2; dy++) {
            for (int dx = -2; dx <= 2; dx++) {
                int nx = x + dx;
                int ny = y + dy;
                if (nx >= 0 && ny >= 0 && nx < w && ny < h && !clear[ny * w + nx]) {
                    subject = Math.max(subject, distance(px[ny * w + nx], background));
                }
            }
        }
        double alpha =
                subject <= TOLERANCE ? 0 : Math.clamp((own - TOLERANCE / 2.0) / (subject - TOLERANCE / 2.0), 0, 1);
        int a = (int) Math.round(alpha * 255);
        if (a == 0) {
            return px[y * w + x] & 0x00ffffff;
        }
        int p = px[y * w + x];
        int r = unmix((p >> 16) & 0xff, (background >> 16) & 0xff, alpha);
        int g = unmix((p >> 8) & 0xff, (background >> 8) & 0xff, alpha);
        int b = unmix(p & 0xff, background & 0xff, alpha);
        return a << 24 | r << 16 | g << 8 | b;
    }

    private static int unmix(int observed, int background, double alpha) {
        return (int) Math.clamp(Math.round((observed - (1 - alpha) * background) / alpha), 0, 255);
    }

    /** Euclidean RGB distance, rounded: 0 for the same colour, 441 for black against white. */
    static int distance(int a, int b) {
        int dr = ((a >> 16) & 0xff) - ((b >> 16) & 0xff);
        int dg = ((a >> 8) & 0xff) - ((b >> 8) & 0xff);
        int db = (a & 0xff) - (b & 0xff);
        return (int) Math.round(Math.sqrt(dr * dr + dg * dg + db * db));
    }
}
