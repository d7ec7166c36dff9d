package dev.artgen.common.job;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Job lifecycle settings shared by api and worker.
 *
 * @param maxAttempts attempts before a job that keeps failing ends failed
 * @param redispatchAfter a queued job nobody claimed in this time is published again (a safety net
 *     for messages lost with a broker; duplicates are harmless because claiming is conditional)
 */
@ConfigurationProperties("artgen.jobs")
public record JobProperties(
        @DefaultValue("3") int maxAttempts,
        @DefaultValue("5m") Duration redispatchAfter) {}
