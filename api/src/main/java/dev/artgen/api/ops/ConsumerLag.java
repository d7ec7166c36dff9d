package dev.artgen.api.ops;

/**
 * How far one consumer group is behind on one topic: records published but not yet consumed.
 *
 * @param lag null when Kafka did not answer in time
 * @param members consumers in the group now (0: nobody is consuming); null when unknown
 */
public record ConsumerLag(String group, String topic, Long lag, Integer members) {}
