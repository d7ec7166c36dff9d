package dev.artgen.worker.provider.openai;

import com.openai.client.OpenAIClient;
import com.openai.client.okhttp.OpenAIOkHttpClient;
import dev.artgen.common.model.ModelCatalog;
import dev.artgen.common.pricing.PriceTable;
import dev.artgen.common.ratelimit.MongoBuckets;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.worker.provider.ProviderFailure;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import io.github.resilience4j.circuitbreaker.CircuitBreakerConfig;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.binder.MeterBinder;
import org.springframework.boot.autoconfigure.condition.ConditionalOnExpression;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** The OpenAI provider, present only when an API key is configured. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(OpenAiProperties.class)
@ConditionalOnExpression("'${artgen.providers.openai.api-key:}' != ''")
public class OpenAiConfiguration {

    @Bean(destroyMethod = "close")
    OpenAIClient openAiClient(OpenAiProperties properties) {
        return OpenAIOkHttpClient.builder()
                .apiKey(properties.apiKey())
                .baseUrl(properties.baseUrl())
                .timeout(properties.timeout())
                .maxRetries(properties.clientRetries())
                .build();
    }

    /**
     * Opens on a sustained outage (5xx, timeouts, rate limits), not on one bad prompt: permanent
     * failures say nothing about the provider's health.
     */
    @Bean
    CircuitBreaker openAiBreaker(OpenAiProperties properties) {
        var breaker = properties.breaker();
        return CircuitBreaker.of(
                "openai",
                CircuitBreakerConfig.custom()
                        .slidingWindowSize(breaker.window())
                        .minimumNumberOfCalls(breaker.minimumCalls())
                        .failureRateThreshold(breaker.failureRatePercent())
                        .waitDurationInOpenState(breaker.openFor())
                        .permittedNumberOfCallsInHalfOpenState(1)
                        .recordException(failure -> failure instanceof RuntimeException runtime
                                && FailureClassifier.classify(runtime) instanceof ProviderFailure.Transient)
                        .build());
    }

    /** 1 while the breaker stops calls to OpenAI (open), 0 otherwise: the "provider circuit open" alert. */
    @Bean
    MeterBinder openAiBreakerMetrics(CircuitBreaker openAiBreaker) {
        return registry -> Gauge.builder(
                        "artgen.provider.circuit.open", openAiBreaker, breaker -> switch (breaker.getState()) {
                            case OPEN, FORCED_OPEN -> 1;
                            default -> 0;
                        })
                .description("Whether the provider's circuit breaker is open (calls paused)")
                .tag("provider", "openai")
                .register(registry);
    }

    @Bean
    OpenAiImages openAiImages(
            OpenAIClient client,
            ImageStore store,
            ModelCatalog catalog,
            CircuitBreaker openAiBreaker,
            OpenAiProperties properties,
            PriceTable prices,
            MongoOperations mongo) {
        var rateLimit = properties.rateLimit().images() > 0
                ? ImagesPerMinute.shared(new MongoBuckets(mongo), properties.rateLimit())
                : ImagesPerMinute.unlimited();
        return new OpenAiImages(
                client, store, catalog, openAiBreaker, properties.breaker().openFor(), prices, rateLimit);
    }
}
