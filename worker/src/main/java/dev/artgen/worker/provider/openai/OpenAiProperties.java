package dev.artgen.worker.provider.openai;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the worker reaches OpenAI's Image API, or any server that speaks it.
 *
 * @param apiKey the key; OpenAI's models are offered only when it is set. Never logged or shown.
 * @param baseUrl the API root, e.g. https://api.openai.com/v1 or an OpenAI-compatible server
 * @param timeout one call's limit; image calls take up to a minute, and it must stay well under the
 *     Kafka consumer's max.poll.interval.ms (5 min) so a worker with every slot busy is not evicted
 * @param clientRetries openai-java's own immediate retries; 0 because ArtGen retries whole attempts
 *     with capped backoff that honours Retry-After (the client's retries wait as long as told)
 * @param offerRetiredModels also offer models OpenAI has retired (dall-e-2, dall-e-3, gpt-image-1…),
 *     for an OpenAI-compatible server that still serves them; read by the api and worker catalogues
 * @param rateLimit the organisation's images-per-minute limit, shared by all workers
 * @param breaker when consecutive calls keep failing, stop calling for a while
 * @see dev.artgen.common.pricing.PriceProperties the prices, shared with the api's budgets
 */
@ConfigurationProperties("artgen.providers.openai")
public record OpenAiProperties(
        String apiKey,
        @DefaultValue("https://api.openai.com/v1") String baseUrl,
        @DefaultValue("120s") Duration timeout,
        @DefaultValue("0") int clientRetries,
        @DefaultValue("false") boolean offerRetiredModels,
        @DefaultValue RateLimit rateLimit,
        @DefaultValue Breaker breaker) {

    public boolean configured() {
        return apiKey != null && !apiKey.isBlank();
    }

    /**
     * At most {@code images} pictures per {@code per} across all workers (0 turns the limit off);
     * a call that would wait longer than {@code maxWait} re-queues its job instead.
     */
    public record RateLimit(
            @DefaultValue("100") int images,
            @DefaultValue("1m") Duration per,
            @DefaultValue("10s") Duration maxWait) {}

    /**
     * The circuit breaker: opens when at least {@code failureRatePercent} of the last
     * {@code window} calls failed transiently, then lets one probe through after {@code openFor}.
     */
    public record Breaker(
            @DefaultValue("20") int window,
            @DefaultValue("10") int minimumCalls,
            @DefaultValue("50") int failureRatePercent,
            @DefaultValue("30s") Duration openFor) {}

    @Override
    public String toString() {
        return "OpenAiProperties[apiKey=" + (configured() ? "(set)" : "(none)") + ", baseUrl=" + baseUrl + ", timeout="
                + timeout + ", clientRetries=" + clientRetries + ", breaker=" + breaker + "]";
    }
}
