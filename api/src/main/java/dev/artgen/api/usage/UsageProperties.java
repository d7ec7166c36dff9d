package dev.artgen.api.usage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The usage report's bounds.
 *
 * @param defaultDays the period when {@code from} is left out: this many days up to {@code to}
 * @param maxDays the longest period one request may ask for; it bounds the records one aggregation reads
 */
@ConfigurationProperties("artgen.usage")
record UsageProperties(
        @DefaultValue("30") int defaultDays,
        @DefaultValue("366") int maxDays) {}
