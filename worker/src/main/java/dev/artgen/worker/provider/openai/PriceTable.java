package dev.artgen.worker.provider.openai;

import dev.artgen.common.job.GenerationRequest;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Estimates what a job cost from the configured prices: token-billed models by their reported
 * usage, picture-billed ones per picture by quality and size. A model without a price costs zero,
 * and says so in the docs rather than guessing.
 */
public final class PriceTable {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    // A dated snapshot ("gpt-image-2-2026-04-21") costs what its model does unless priced on its own.
    private static final Pattern SNAPSHOT_DATE = Pattern.compile("-\\d{4}-\\d{2}-\\d{2}$");

    private final Map<String, OpenAiProperties.Price> prices;

    public PriceTable(Map<String, OpenAiProperties.Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    public BigDecimal cost(
            GenerationRequest request, int pictures, long textTokens, long imageTokens, long outputTokens) {
        OpenAiProperties.Price price = prices.getOrDefault(
                request.model(),
                prices.get(SNAPSHOT_DATE.matcher(request.model()).replaceFirst("")));
        if (price == null) {
            return BigDecimal.ZERO;
        }
        BigDecimal perImage = price.perImage().get(request.quality() + "/" + request.size());
        if (perImage != null) {
            return perImage.multiply(BigDecimal.valueOf(pictures)).setScale(6, RoundingMode.HALF_UP);
        }
        return perMillion(price.inputTextPerMillion(), textTokens)
                .add(perMillion(price.inputImagePerMillion(), imageTokens))
                .add(perMillion(price.outputPerMillion(), outputTokens))
                .setScale(6, RoundingMode.HALF_UP);
    }

    private static BigDecimal perMillion(BigDecimal price, long tokens) {
        return price == null
                ? BigDecimal.ZERO
                : price.multiply(BigDecimal.valueOf(tokens)).divide(MILLION, 9, RoundingMode.HALF_UP);
    }
}
