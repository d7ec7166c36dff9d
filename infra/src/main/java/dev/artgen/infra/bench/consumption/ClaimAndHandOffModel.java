package dev.artgen.infra.bench.consumption;

import java.util.Map;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.springframework.kafka.listener.ConcurrentMessageListenerContainer;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.MessageListener;

/**
 * Model A, "claim and hand off": a classic consumer group whose listener takes a slot, claims the
 * job and returns at once (the offset commits right away); the provider call runs on a virtual
 * thread. When every slot is taken the listener blocks on the semaphore, which stops polling:
 * that is the backpressure.
 */
final class ClaimAndHandOffModel implements ConsumptionModel {

    private final int partitions;

    ClaimAndHandOffModel(int partitions) {
        this.partitions = partitions;
    }

    @Override
    public String name() {
        return "A claim+handoff";
    }

    @Override
    public Running start(String bootstrapServers, String topic, String groupId, int maxInFlight, JobTracker tracker) {
        Semaphore slots = new Semaphore(maxInFlight);
        ExecutorService providerCalls = Executors.newVirtualThreadPerTaskExecutor();

        ContainerProperties containerProperties = new ContainerProperties(topic);
        containerProperties.setGroupId(groupId);
        RebalanceCounter rebalances = new RebalanceCounter();
        containerProperties.setConsumerRebalanceListener(rebalances);
        // RECORD: commit each offset as soon as the listener has handed the job off; crash recovery
        // is the MongoDB lease's job, not Kafka redelivery's.
        containerProperties.setAckMode(ContainerProperties.AckMode.RECORD);
        containerProperties.setMessageListener((MessageListener<String, String>)
                (ConsumerRecord<String, String> record) -> {
                    Workload.Job job = Workload.Job.decode(record.value());
                    try {
                        // Slot first, claim second: a claim starts the lease clock, so never claim what cannot start
                        // now.
                        slots.acquire();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        throw new IllegalStateException("stopped while waiting for a slot", e);
                    }
                    if (!tracker.claim(job.id())) {
                        slots.release();
                        return;
                    }
                    providerCalls.submit(() -> {
                        try {
                            tracker.run(job);
                        } finally {
                            slots.release();
                        }
                        return null;
                    });
                });

        ConcurrentMessageListenerContainer<String, String> container = new ConcurrentMessageListenerContainer<>(
                ClassicConsumers.factory(bootstrapServers, Map.of()), containerProperties);
        // One consumer thread per partition is all a classic group can use; more would sit idle.
        container.setConcurrency(partitions);
        container.start();
        return new Running() {
            @Override
            public String note() {
                return rebalances.note();
            }

            @Override
            public void close() {
                // Interrupt provider calls first so a listener blocked on the semaphore can get a slot and let the
                // container stop.
                providerCalls.shutdownNow();
                container.stop();
            }
        };
    }
}
