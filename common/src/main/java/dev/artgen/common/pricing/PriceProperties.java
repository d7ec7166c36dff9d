package dev.artgen.common.pricing;

import java.util.Map;
import org.springframework.boot.context.properties.ConfigurationProperties;

/**
 * What each model costs, read by the worker (usage records) and the api (budget reservations) from
 * the one price list in {@code artgen-prices.yml}.
 *
 * @param prices by model id; model ids contain dots, so the yml brackets them ("[gpt-image-2]")
 */
@ConfigurationProperties("artgen.providers.openai")
public record PriceProperties(Map<String, Price> prices) {

    public PriceProperties {
        prices = prices == null ? Map.of() : Map.copyOf(prices);
    }
}
