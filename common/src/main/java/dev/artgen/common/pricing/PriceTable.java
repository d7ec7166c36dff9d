package dev.artgen.common.pricing;

import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.InputImage;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * Prices jobs from the configured price list: {@link #cost} what a finished job cost from its
 * reported usage, {@link #estimate} what a job about to be accepted will probably cost (the budget
 * reservation). A model without a price costs zero, and the docs say so rather than guessing.
 */
public final class PriceTable {

    private static final BigDecimal MILLION = BigDecimal.valueOf(1_000_000);

    // A dated snapshot ("gpt-image-2-2026-04-21") costs what its model does unless priced on its own.
    private static final Pattern SNAPSHOT_DATE = Pattern.compile("-\\d{4}-\\d{2}-\\d{2}$");

    // "auto" lets the model choose; reserve for the largest fixed size so the estimate errs high.
    private static final String AUTO_SIZE_ESTIMATE = "1536x1024";

    private final Map<String, Price> prices;

    public PriceTable(Map<String, Price> prices) {
        this.prices = Map.copyOf(prices);
    }

    public BigDecimal cost(
            GenerationRequest request, int pictures, long textTokens, long imageTokens, long outputTokens) {
        Price price = priceOf(request.model());
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

    /**
     * The likely cost of a job before it runs: per-picture prices exactly, token-billed models from
     * {@link TokenEstimate}'s rule-of-thumb token counts. Used to reserve budget, then replaced by
     * the actual cost when the job ends.
     */
    public BigDecimal estimate(GenerationRequest request) {
        Price price = priceOf(request.model());
        if (price == null) {
            return BigDecimal.ZERO;
        }
        String size = "auto".equals(request.size()) ? AUTO_SIZE_ESTIMATE : request.size();
        long imageTokens = 0;
        for (InputImage image : request.images()) {
            imageTokens += TokenEstimate.inputImage(image.width(), image.height());
        }
        return cost(
                request,
                request.n(),
                TokenEstimate.prompt(request.prompt()),
                imageTokens,
                request.n() * TokenEstimate.outputPerImage(request.quality(), size));
    }

    private Price priceOf(String model) {
        return prices.getOrDefault(
                model, prices.get(SNAPSHOT_DATE.matcher(model).replaceFirst("")));
    }

    private static BigDecimal perMillion(BigDecimal price, long tokens) {
        return price == null
                ? BigDecimal.ZERO
                : price.multiply(BigDecimal.valueOf(tokens)).divide(MILLION, 9, RoundingMode.HALF_UP);
    }
}
