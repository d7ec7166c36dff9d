package dev.artgen.api.ops;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the api shows the system to operators.
 *
 * @param managementPort a second port serving only health, info and the Prometheus scrape, without
 *     authentication: keep it on the internal network; 0 picks a free port, -1 turns it off
 * @param workerTimeout a worker not heard from for this long is no longer counted alive (several
 *     of the workers' heartbeats)
 * @param jobsGroup the workers' consumer group on the jobs topic (artgen.worker.group)
 * @param webhooksGroup the workers' consumer group on the job-events topic (artgen.webhooks.group)
 */
@ConfigurationProperties("artgen.ops")
public record OpsProperties(
        @DefaultValue("8081") int managementPort,
        @DefaultValue("30s") Duration workerTimeout,
        @DefaultValue("artgen-workers") String jobsGroup,
        @DefaultValue("artgen-webhooks") String webhooksGroup) {}
