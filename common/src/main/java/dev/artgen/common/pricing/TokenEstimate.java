package dev.artgen.common.pricing;

/**
 * Rule-of-thumb token counts for a job that has not run yet, from OpenAI's published gpt-image
 * figures: prompt text at four characters a token, input pictures by 512px tiles, output pictures
 * by quality and pixel area. Only for reserving budget; the provider's reported usage settles it.
 */
final class TokenEstimate {

    private static final double SQUARE = 1024.0 * 1024.0;

    private TokenEstimate() {}

    static long prompt(String prompt) {
        return prompt == null ? 0 : (prompt.codePointCount(0, prompt.length()) + 3) / 4;
    }

    /** Fit inside 2048x2048, shrink until the short side is at most 512, then 65 + 129 per 512px tile. */
    static long inputImage(int width, int height) {
        double w = width;
        double h = height;
        double fit = Math.min(1, 2048 / Math.max(w, h));
        w *= fit;
        h *= fit;
        double shrink = Math.min(1, 512 / Math.min(w, h));
        w *= shrink;
        h *= shrink;
        return 65 + 129 * (long) Math.ceil(w / 512) * (long) Math.ceil(h / 512);
    }

    /** gpt-image-1's 1024x1024 output tokens (low 272, medium 1056, high 4160) scaled by area. */
    static long outputPerImage(String quality, String size) {
        double square = switch (quality == null ? "high" : quality) {
            case "low" -> 272;
            case "medium" -> 1056;
            case "xhigh" -> 4160 * 1.5;
            case "max" -> 4160 * 2.0;
            // high, auto and anything unknown: the most expensive common case, so the estimate errs high.
            default -> 4160;
        };
        return Math.round(square * area(size) / SQUARE);
    }

    private static double area(String size) {
        String[] sides = size == null ? new String[0] : size.split("x");
        if (sides.length != 2) {
            return SQUARE;
        }
        try {
            return Double.parseDouble(sides[0]) * Double.parseDouble(sides[1]);
        } catch (NumberFormatException e) {
            return SQUARE;
        }
    }
}
