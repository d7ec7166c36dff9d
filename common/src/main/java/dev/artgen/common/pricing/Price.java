package dev.artgen.common.pricing;

import java.math.BigDecimal;
import java.util.Map;

/**
 * A model's prices in US dollars: per million tokens for token-billed models, or per picture keyed
 * by "quality/size" (e.g. "hd/1024x1792") for picture-billed ones.
 */
public record Price(
        BigDecimal inputTextPerMillion,
        BigDecimal inputImagePerMillion,
        BigDecimal outputPerMillion,
        Map<String, BigDecimal> perImage) {

    public Price {
        perImage = perImage == null ? Map.of() : Map.copyOf(perImage);
    }
}
