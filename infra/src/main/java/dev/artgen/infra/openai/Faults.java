package dev.artgen.infra.openai;

import java.time.Duration;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ObjectNode;

/**
 * How the emulator misbehaves: latency, the share of requests failing each way, and 429 bursts.
 *
 * <p>Rates are fractions of requests (0..1) and together at most 1. Each request draws once from the emulator's
 * seeded random source, so a given sequence of requests meets the same faults on every run.
 *
 * @param latency time added before an image answer (and before 500/503/moderation answers, which come late on
 *     OpenAI too)
 * @param serverErrorRate answers 500 {@code server_error}
 * @param overloadedRate answers 503 (engine overloaded)
 * @param rateLimitRate answers 429 {@code rate_limit_exceeded} with {@code retry-after} = {@code retryAfter}
 * @param insufficientQuotaRate answers 429 {@code insufficient_quota} (no retry-after: retrying does not help)
 * @param moderationRate answers 400 {@code moderation_blocked}
 * @param timeoutRate accepts the request, holds it for {@code timeout}, then drops the connection unanswered
 * @param timeout how long a timed-out request is held
 * @param retryAfter what random 429 rate limits ask the client to wait
 * @param burst the next K requests answer 429; counts down as requests arrive
 * @param requestsPerMinute the request rate limit reported in x-ratelimit-* headers and enforced (token bucket)
 */
public record Faults(
        Latency latency,
        double serverErrorRate,
        double overloadedRate,
        double rateLimitRate,
        double insufficientQuotaRate,
        double moderationRate,
        double timeoutRate,
        Duration timeout,
        Duration retryAfter,
        Burst burst,
        int requestsPerMinute) {

    public static final int DEFAULT_REQUESTS_PER_MINUTE = 10_000;

    public Faults {
        rate("error_rate_500", serverErrorRate);
        rate("error_rate_503", overloadedRate);
        rate("rate_limit_rate", rateLimitRate);
        rate("insufficient_quota_rate", insufficientQuotaRate);
        rate("moderation_rate", moderationRate);
        rate("timeout_rate", timeoutRate);
        double total =
                serverErrorRate + overloadedRate + rateLimitRate + insufficientQuotaRate + moderationRate + timeoutRate;
        if (total > 1.0 + 1e-9) {
            throw new IllegalArgumentException("fault rates add up to " + total + ", more than 1");
        }
        if (requestsPerMinute < 1) {
            throw new IllegalArgumentException("requests_per_minute must be >= 1");
        }
        if (timeout.isNegative() || retryAfter.isNegative()) {
            throw new IllegalArgumentException("durations must not be negative");
        }
    }

    /** A well-behaved OpenAI: no delay, no failures. */
    public static Faults none() {
        return new Faults(
                Latency.NONE,
                0,
                0,
                0,
                0,
                0,
                0,
                Duration.ofSeconds(60),
                Duration.ofSeconds(1),
                Burst.NONE,
                DEFAULT_REQUESTS_PER_MINUTE);
    }

    public Faults withLatency(Latency value) {
        return new Faults(
                value,
                serverErrorRate,
                overloadedRate,
                rateLimitRate,
                insufficientQuotaRate,
                moderationRate,
                timeoutRate,
                timeout,
                retryAfter,
                burst,
                requestsPerMinute);
    }

    public Faults withServerErrorRate(double value) {
        return new Faults(
                latency,
                value,
                overloadedRate,
                rateLimitRate,
                insufficientQuotaRate,
                moderationRate,
                timeoutRate,
                timeout,
                retryAfter,
                burst,
                requestsPerMinute);
    }

    public Faults withOverloadedRate(double value) {
        return new Faults(
                latency,
                serverErrorRate,
                value,
                rateLimitRate,
                insufficientQuotaRate,
                moderationRate,
                timeoutRate,
                timeout,
                retryAfter,
                burst,
                requestsPerMinute);
    }

    public Faults withRateLimitRate(double value) {
        return new Faults(
                latency,
                serverErrorRate,
                overloadedRate,
                value,
                insufficientQuotaRate,
                moderationRate,
                timeoutRate,
                timeout,
                retryAfter,
                burst,
                requestsPerMinute);
    }

    public Faults withInsufficientQuotaRate(double value) {
        return new Faults(
                latency,
                serverErrorRate,
                overloadedRate,
                rateLimitRate,
                value,
                moderationRate,
                timeoutRate,
                timeout,
                retryAfter,
                burst,
                requestsPerMinute);
    }

    public Faults withModerationRate(double value) {
        return new Faults(
                latency,
                serverErrorRate,
                overloadedRate,
                rateLimitRate,
                insufficientQuotaRate,
                value,
                timeoutRate,
                timeout,
                retryAfter,
                burst,
                requestsPerMinute);
    }

    public Faults withTimeouts(double rate, Duration hold) {
        return new Faults(
                latency,
                serverErrorRate,
                overloadedRate,
                rateLimitRate,
                insufficientQuotaRate,
                moderationRate,
                rate,
                hold,
                retryAfter,
                burst,
                requestsPerMinute);
    }

    public Faults withRetryAfter(Duration value) {
        return new Faults(
                latency,
                serverErrorRate,
                overloadedRate,
                rateLimitRate,
                insufficientQuotaRate,
                moderationRate,
                timeoutRate,
                timeout,
                value,
                burst,
                requestsPerMinute);
    }

    public Faults withBurst(Burst value) {
        return new Faults(
                latency,
                serverErrorRate,
                overloadedRate,
                rateLimitRate,
                insufficientQuotaRate,
                moderationRate,
                timeoutRate,
                timeout,
                retryAfter,
                value,
                requestsPerMinute);
    }

    public Faults withRequestsPerMinute(int value) {
        return new Faults(
                latency,
                serverErrorRate,
                overloadedRate,
                rateLimitRate,
                insufficientQuotaRate,
                moderationRate,
                timeoutRate,
                timeout,
                retryAfter,
                burst,
                value);
    }

    /** These faults with the fields present in {@code json} replaced; absent fields keep their value. */
    Faults merge(JsonNode json) {
        Faults f = this;
        if (json.has("latency")) {
            f = f.withLatency(Latency.parse(json.get("latency").asString()));
        }
        if (json.has("error_rate_500")) {
            f = f.withServerErrorRate(json.get("error_rate_500").doubleValue());
        }
        if (json.has("error_rate_503")) {
            f = f.withOverloadedRate(json.get("error_rate_503").doubleValue());
        }
        if (json.has("rate_limit_rate")) {
            f = f.withRateLimitRate(json.get("rate_limit_rate").doubleValue());
        }
        if (json.has("insufficient_quota_rate")) {
            f = f.withInsufficientQuotaRate(json.get("insufficient_quota_rate").doubleValue());
        }
        if (json.has("moderation_rate")) {
            f = f.withModerationRate(json.get("moderation_rate").doubleValue());
        }
        if (json.has("timeout_rate") || json.has("timeout")) {
            double rate = json.has("timeout_rate") ? json.get("timeout_rate").doubleValue() : f.timeoutRate;
            Duration hold =
                    json.has("timeout") ? Durations.parse(json.get("timeout").asString()) : f.timeout;
            f = f.withTimeouts(rate, hold);
        }
        if (json.has("retry_after")) {
            f = f.withRetryAfter(Durations.parse(json.get("retry_after").asString()));
        }
        if (json.has("burst")) {
            JsonNode b = json.get("burst");
            f = f.withBurst(
                    b.isObject()
                            ? new Burst(
                                    b.path("requests").intValue(0),
                                    b.has("retry_after")
                                            ? Durations.parse(
                                                    b.get("retry_after").asString())
                                            : Duration.ofSeconds(1))
                            : Burst.parse(b.asString()));
        }
        if (json.has("requests_per_minute")) {
            f = f.withRequestsPerMinute(json.get("requests_per_minute").intValue());
        }
        return f;
    }

    ObjectNode toJson(JsonMapper mapper, int burstRemaining) {
        ObjectNode o = mapper.createObjectNode();
        o.put("latency", latency.describe());
        o.put("error_rate_500", serverErrorRate);
        o.put("error_rate_503", overloadedRate);
        o.put("rate_limit_rate", rateLimitRate);
        o.put("insufficient_quota_rate", insufficientQuotaRate);
        o.put("moderation_rate", moderationRate);
        o.put("timeout_rate", timeoutRate);
        o.put("timeout", Durations.format(timeout));
        o.put("retry_after", Durations.format(retryAfter));
        ObjectNode b = o.putObject("burst");
        b.put("requests", burstRemaining);
        b.put("retry_after", Durations.format(burst.retryAfter()));
        o.put("requests_per_minute", requestsPerMinute);
        return o;
    }

    private static void rate(String name, double value) {
        if (!(value >= 0 && value <= 1)) {
            throw new IllegalArgumentException(name + " must be between 0 and 1, got " + value);
        }
    }
}
