package dev.artgen.api.events;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Waiting for jobs without polling.
 *
 * @param maxWait the longest {@code Prefer: wait=N} honoured on {@code GET /v1/jobs/{id}}
 * @param streamTimeout how long one Server-Sent Events connection lasts; clients reconnect with
 *     {@code Last-Event-ID} and catch up
 * @param streamBuffer events queued for one slow stream client before it is dropped
 * @param heartbeat how often an idle stream sends a comment so proxies keep it open
 */
@ConfigurationProperties("artgen.events")
public record LiveProperties(
        @DefaultValue("60s") Duration maxWait,
        @DefaultValue("30m") Duration streamTimeout,
        @DefaultValue("1000") int streamBuffer,
        @DefaultValue("15s") Duration heartbeat) {}
