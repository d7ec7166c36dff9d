package dev.artgen.infra.bench.consumption;

import java.util.Collection;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.kafka.clients.consumer.ConsumerRebalanceListener;
import org.apache.kafka.common.TopicPartition;

/** Counts partition hand-overs in a classic group: each revocation can redeliver uncommitted records. */
final class RebalanceCounter implements ConsumerRebalanceListener {

    private final AtomicInteger assigned = new AtomicInteger();
    private final AtomicInteger revoked = new AtomicInteger();

    @Override
    public void onPartitionsAssigned(Collection<TopicPartition> partitions) {
        assigned.addAndGet(partitions.size());
    }

    @Override
    public void onPartitionsRevoked(Collection<TopicPartition> partitions) {
        // Called with an empty set on some rebalances; only real hand-overs matter here.
        revoked.addAndGet(partitions.size());
    }

    String note() {
        return "partitions assigned=" + assigned.get() + " revoked=" + revoked.get();
    }
}
