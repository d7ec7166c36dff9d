package dev.artgen.infra.bench.consumption;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.AcknowledgingMessageListener;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.support.Acknowledgment;

/**
 * Model B: a classic consumer group with MANUAL acks and {@code asyncAcks}; every record runs on a
 * virtual thread and is acknowledged when its provider call ends. The in-flight bound comes from
 * {@code max.poll.records} per consumer, because spring-kafka pauses the consumer until every
 * record of the previous poll has been acknowledged.
 */
final class AsyncAckModel implements ConsumptionModel {

    private final int partitions;

    AsyncAckModel(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public String name() {
        return "B manual+asyncAcks";
    }

    @Override
    public Running start(String bootstrapServers, String topic, String groupId, int maxInFlight, JobTracker tracker) {
        ExecutorService providerCalls = Executors.newVirtualThreadPerTaskExecutor();

        ContainerProperties containerProperties = new ContainerProperties(topic);
        containerProperties.setGroupId(groupId);
        RebalanceCounter rebalances = new RebalanceCounter();
        containerProperties.setConsumerRebalanceListener(rebalances);
        containerProperties.setAckMode(ContainerProperties.AckMode.MANUAL);
        containerProperties.setAsyncAcks(true);
        containerProperties.setMessageListener((AcknowledgingMessageListener<String, String>)
                (ConsumerRecord<String, String> record, Acknowledgment ack) -> {
                    Workload.Job job = Workload.Job.decode(record.value());
                    providerCalls.submit(() -> {
                        tracker.run(job);
                        ack.acknowledge();
                        return null;
                    });
                });

        // Split the in-flight budget across the consumers: each poll may hand out at most this many jobs.
        int perConsumer = Math.max(1, maxInFlight / partitions);
        ConcurrentMessageListenerContainer<String, String> container = new ConcurrentMessageListenerContainer<>(
                ClassicConsumers.factory(bootstrapServers, Map.of(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, perConsumer)),
                containerProperties);
        container.setConcurrency(partitions);
        container.start();
        return new Running() {
            @Override
            public String note() {
                return rebalances.note();
            }

            @Override
            public void close() {
                providerCalls.shutdownNow();
                container.stop();
            }
        };
    }
}
