package dev.artgen.common.pricing;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.job.GenerationRequest;
import java.math.BigDecimal;
import java.util.Map;
import org.junit.jupiter.api.Test;

/** Costs from reported usage, and the estimates budgets are reserved with. */
class PriceTableTest {

    private final PriceTable prices = new PriceTable(Map.of(
            "gpt-image-2",
            new Price(new BigDecimal("5.00"), new BigDecimal("8.00"), new BigDecimal("30.00"), null),
            "legacy",
            new Price(null, null, null, Map.of("hd/1024x1792", new BigDecimal("0.12")))));

    private static GenerationRequest request(String model, String quality, String size) {
        return request(model, quality, size, 1);
    }

    private static GenerationRequest request(String model, String quality, String size, int n) {
        return new GenerationRequest(model, "a cat", n, size, quality, null, "png", null);
    }

    @Test
    void tokenBilledModelsCostTheirTokens() {
        // 1000 text tokens at $5/M + 2000 image tokens at $8/M + 4000 output tokens at $30/M
        assertThat(prices.cost(request("gpt-image-2", "low", "1024x1024"), 1, 1000, 2000, 4000))
                .isEqualByComparingTo("0.141");
    }

    @Test
    void datedSnapshotsCostWhatTheirModelCosts() {
        assertThat(prices.cost(request("gpt-image-2-2026-04-21", "low", "1024x1024"), 1, 0, 0, 1_000_000))
                .isEqualByComparingTo("30");
    }

    @Test
    void pictureBilledModelsCostPerPictureByQualityAndSize() {
        assertThat(prices.cost(request("legacy", "hd", "1024x1792"), 3, 0, 0, 0))
                .isEqualByComparingTo("0.36");
    }

    @Test
    void estimatesPerPicturePricesExactly() {
        assertThat(prices.estimate(request("legacy", "hd", "1024x1792", 2))).isEqualByComparingTo("0.24");
    }

    @Test
    void estimatesTokenBilledModelsFromTheirLikelyTokens() {
        // "a cat" is 2 text tokens at $5/M; low 1024x1024 is 272 output tokens at $30/M, twice.
        assertThat(prices.estimate(request("gpt-image-2", "low", "1024x1024", 2)))
                .isEqualByComparingTo("0.01633");
    }

    @Test
    void estimatesAutoSizeAsTheLargestFixedSize() {
        assertThat(prices.estimate(request("gpt-image-2", "high", "auto", 1)))
                .isGreaterThan(prices.estimate(request("gpt-image-2", "high", "1024x1024", 1)));
    }

    @Test
    void estimatesNothingForUnpricedModels() {
        assertThat(prices.estimate(request("artgen-local", "medium", "1024x1024", 4)))
                .isZero();
    }

    @Test
    void unpricedModelsCostNothingRatherThanAGuess() {
        assertThat(prices.cost(request("unknown", "low", "1024x1024"), 1, 10, 10, 10))
                .isZero();
    }
}
