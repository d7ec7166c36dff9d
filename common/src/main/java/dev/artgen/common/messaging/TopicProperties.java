package dev.artgen.common.messaging;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How the topics are created. Job partitions bound how many worker *processes* share the work,
 * not how many jobs run at once: each worker keeps many jobs in flight per partition.
 */
@ConfigurationProperties("artgen.topics")
public record TopicProperties(
        @DefaultValue("6") int jobPartitions,
        @DefaultValue("6") int eventPartitions,
        @DefaultValue("1") short replicas) {}
