package dev.artgen.common.job;

import java.math.BigDecimal;

/** What one job consumed: pictures, provider tokens and the estimated cost in US dollars. */
public record Usage(int images, long inputTokens, long outputTokens, BigDecimal costUsd) {

    public static Usage ofImages(int images) {
        return new Usage(images, 0, 0, BigDecimal.ZERO);
    }
}
