package dev.artgen.worker.provider.local;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * The built-in model's settings.
 *
 * @param latency extra time each job takes, to stand in for a remote provider's seconds-long calls
 *     in demos and load tests; zero renders as fast as the CPU allows
 */
@ConfigurationProperties("artgen.providers.local")
public record LocalModelProperties(
        @DefaultValue("true") boolean enabled,
        @DefaultValue("0s") Duration latency) {}
