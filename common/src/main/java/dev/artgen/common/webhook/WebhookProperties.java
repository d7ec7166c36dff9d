package dev.artgen.common.webhook;

import java.time.Duration;
import java.util.List;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Webhook rules and delivery settings; the api checks URLs with the same rules the worker enforces.
 *
 * @param allowLoopback local development and tests only: lets webhooks call this machine (on any port)
 * @param allowedPorts the ports a webhook URL may name (its scheme's default when it names none)
 * @param connectTimeout how long connecting to a receiver may take
 * @param timeout the whole call: connect, send, and read the status line and the capped body
 * @param maxResponseBytes how much of a receiver's answer is read before the connection is dropped
 * @param retry when failed attempts are tried again
 * @param disableAfter an endpoint that has failed every attempt for this long is disabled
 * @param secretOverlap after a secret rotation, how long the old secret keeps signing beside the new one
 * @param pollInterval how often a worker looks for due deliveries
 * @param lease how long a claimed delivery stays with its worker before another may take it over
 * @param concurrency how many deliveries one worker sends at once
 */
@ConfigurationProperties("artgen.webhooks")
public record WebhookProperties(
        @DefaultValue("false") boolean allowLoopback,
        @DefaultValue({"80", "443", "8080", "8443"}) List<Integer> allowedPorts,
        @DefaultValue("5s") Duration connectTimeout,
        @DefaultValue("15s") Duration timeout,
        @DefaultValue("16KB") DataSize maxResponseBytes,
        @DefaultValue Retry retry,
        @DefaultValue("24h") Duration disableAfter,
        @DefaultValue("24h") Duration secretOverlap,
        @DefaultValue("1s") Duration pollInterval,
        @DefaultValue("60s") Duration lease,
        @DefaultValue("32") int concurrency) {

    public WebhookProperties {
        allowedPorts = List.copyOf(allowedPorts);
    }

    /**
     * Exponential backoff: after failed attempt n the next waits {@code initialDelay × multiplier^(n-1)},
     * at most {@code maxDelay}, each spread by ±{@code jitter}; after {@code maxAttempts} it gives up.
     * The defaults wait 15s, 1m, 4m, 16m, 1h04m, 4h16m, 8h, 8h, 8h: ten attempts over about 30 hours.
     */
    public record Retry(
            @DefaultValue("15s") Duration initialDelay,
            @DefaultValue("4") double multiplier,
            @DefaultValue("8h") Duration maxDelay,
            @DefaultValue("10") int maxAttempts,
            @DefaultValue("0.2") double jitter) {}
}
