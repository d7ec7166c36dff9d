package dev.artgen.infra.bench.consumption;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.apache.kafka.clients.admin.AlterConfigOp;
import org.apache.kafka.clients.admin.ConfigEntry;
import org.apache.kafka.clients.admin.ShareGroupDescription;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.clients.consumer.ShareConsumer;
import org.apache.kafka.common.config.ConfigResource;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.kafka.core.DefaultShareConsumerFactory;
import org.springframework.kafka.listener.AcknowledgingShareConsumerAwareMessageListener;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.ShareKafkaMessageListenerContainer;
import org.springframework.kafka.support.ShareAcknowledgment;

/**
 * Model C: a KIP-932 share group through spring-kafka's share container, one share consumer (own
 * connection and thread) per in-flight job, each fetching one record at a time and acknowledging it
 * once the provider call ends.
 */
final class ShareGroupModel implements ConsumptionModel {

    private static final long STOP_WAIT_SECONDS = 20;

    @Override
    public String name() {
        return "C share group";
    }

    @Override
    public void prepareGroup(Admin admin, String groupId) throws Exception {
        // A new share group starts at the latest offset; the jobs are produced before it joins.
        ConfigResource group = new ConfigResource(ConfigResource.Type.GROUP, groupId);
        admin.incrementalAlterConfigs(Map.of(
                        group,
                        List.of(new AlterConfigOp(
                                new ConfigEntry("share.auto.offset.reset", "earliest"), AlterConfigOp.OpType.SET))))
                .all()
                .get();
    }

    @Override
    public Running start(String bootstrapServers, String topic, String groupId, int maxInFlight, JobTracker tracker) {
        Map<String, Object> props = new HashMap<>();
        props.put(ConsumerConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers);
        props.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        props.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class);
        // The defaults (batch_optimized, 500 records) let one consumer lock a pile of slow jobs that
        // time out and are redelivered; one record per fetch keeps each consumer to one job.
        props.put(ConsumerConfig.SHARE_ACQUIRE_MODE_CONFIG, "record_limit");
        props.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, 1);
        DefaultShareConsumerFactory<String, String> factory = new DefaultShareConsumerFactory<>(props);

        ContainerProperties containerProperties = new ContainerProperties(topic);
        containerProperties.setGroupId(groupId);
        containerProperties.setShareAckMode(ContainerProperties.ShareAckMode.MANUAL);
        containerProperties.setMessageListener((AcknowledgingShareConsumerAwareMessageListener<String, String>)
                (ConsumerRecord<String, String> record, ShareAcknowledgment ack, ShareConsumer<?, ?> consumer) -> {
                    try {
                        tracker.run(Workload.Job.decode(record.value()));
                        ack.acknowledge();
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                        ack.release();
                    }
                });

        ShareKafkaMessageListenerContainer<String, String> container =
                new ShareKafkaMessageListenerContainer<>(factory, containerProperties);
        container.setBeanName("share-" + groupId);
        container.setConcurrency(maxInFlight);
        container.start();
        return new Running() {
            @Override
            public String note() {
                return describe(bootstrapServers, groupId, container);
            }

            @Override
            public void close() throws Exception {
                // Closing hundreds of share consumers can be slow; wait a bounded time, then move on.
                CountDownLatch stopped = new CountDownLatch(1);
                container.stop(stopped::countDown);
                if (!stopped.await(STOP_WAIT_SECONDS, TimeUnit.SECONDS)) {
                    System.out.println(
                            "    (share container still stopping after " + STOP_WAIT_SECONDS + " s; continuing)");
                }
            }
        };
    }

    /** How many consumers the container created versus how many members the broker admitted. */
    private static String describe(
            String bootstrapServers, String groupId, ShareKafkaMessageListenerContainer<?, ?> container) {
        try (Admin admin = Admin.create(Map.of(AdminClientConfig.BOOTSTRAP_SERVERS_CONFIG, bootstrapServers))) {
            ShareGroupDescription description = admin.describeShareGroups(List.of(groupId))
                    .all()
                    .get(10, TimeUnit.SECONDS)
                    .get(groupId);
            return "consumers=" + container.metrics().size() + " members="
                    + description.members().size() + " state=" + description.groupState();
        } catch (Exception e) {
            return "consumers=" + container.metrics().size() + " describe failed: "
                    + e.getClass().getSimpleName();
        }
    }
}
