package dev.artgen.infra.openai;

import java.util.List;

/**
 * The {@code usage} block of a gpt-image answer, computed from the request so that token accounting downstream has
 * plausible, reproducible numbers to work with.
 *
 * <ul>
 *   <li>text tokens: ceil(prompt code points / 4), the usual rule of thumb for English;
 *   <li>image tokens per input image: fit inside 2048x2048, then shrink until the short side is at most 512; count
 *       512px tiles; 65 + 129 x tiles. With {@code input_fidelity=high} the first image adds 4160 (square) or 6240;
 *   <li>output tokens per picture: OpenAI's published gpt-image-1 table (low 272/408/400, medium 1056/1584/1568,
 *       high 4160/6240/6208 for 1024x1024/1024x1536/1536x1024), other sizes scaled by pixel area, xhigh = 1.5 x high
 *       and max = 2 x high; times n.
 * </ul>
 */
record TokenUsage(long textTokens, long imageTokens, long outputTokens) {

    long inputTokens() {
        return textTokens + imageTokens;
    }

    long totalTokens() {
        return inputTokens() + outputTokens;
    }

    static TokenUsage of(ModelRules.Resolved r) {
        long text = r.prompt() == null
                ? 0
                : (r.prompt().codePointCount(0, r.prompt().length()) + 3) / 4;
        long image = 0;
        List<ImageProbe.Info> inputs = r.imageInfo();
        for (ImageProbe.Info info : inputs) {
            image += imageTokens(info.width(), info.height());
        }
        if (!inputs.isEmpty() && "high".equals(r.inputFidelity())) {
            ImageProbe.Info first = inputs.getFirst();
            image += first.width() == first.height() ? 4160 : 6240;
        }
        long output = (long) r.n() * outputTokensPerImage(r.quality(), r.width(), r.height());
        return new TokenUsage(text, image, output);
    }

    static long imageTokens(int width, int height) {
        double w = width;
        double h = height;
        double fit = Math.min(1, 2048 / Math.max(w, h));
        w *= fit;
        h *= fit;
        double shrink = Math.min(1, 512 / Math.min(w, h));
        w *= shrink;
        h *= shrink;
        long tiles = (long) Math.ceil(w / 512) * (long) Math.ceil(h / 512);
        return 65 + 129 * tiles;
    }

    static long outputTokensPerImage(String quality, int width, int height) {
        int[] table = switch (quality) {
            case "low" -> new int[] {272, 408, 400};
            case "medium" -> new int[] {1056, 1584, 1568};
            default -> new int[] {4160, 6240, 6208};
        };
        double factor = switch (quality) {
            case "xhigh" -> 1.5;
            case "max" -> 2.0;
            default -> 1.0;
        };
        long base;
        if (width == 1024 && height == 1024) {
            base = table[0];
        } else if (width == 1024 && height == 1536) {
            base = table[1];
        } else if (width == 1536 && height == 1024) {
            base = table[2];
        } else {
            base = Math.round(table[0] * ((double) width * height) / (1024.0 * 1024.0));
        }
        return Math.round(base * factor);
    }
}
