package dev.artgen.api.ops;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobState;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.ListOffsetsResult.ListOffsetsResultInfo;
import org.apache.kafka.clients.admin.OffsetSpec;
import org.apache.kafka.clients.consumer.OffsetAndMetadata;
import org.apache.kafka.common.TopicPartition;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/** How much work is waiting: jobs by state in MongoDB, and records on a topic a group has not consumed. */
class QueueDepth {

    private static final Duration TIMEOUT = Duration.ofSeconds(3);

    private final MongoOperations mongo;
    private final Admin kafka;

    QueueDepth(MongoOperations mongo, Admin kafka) {
        this.mongo = mongo;
        this.kafka = kafka;
    }

    long jobs(JobState state) {
        return mongo.count(Query.query(where("state").is(state)), Job.class);
    }

    /** The group's lag on the topic; partitions it never committed count from their first offset. */
    ConsumerLag lag(String group, String topic) {
        try {
            List<TopicPartition> partitions = partitions(topic);
            Map<TopicPartition, OffsetAndMetadata> committed = kafka.listConsumerGroupOffsets(group)
                    .partitionsToOffsetAndMetadata()
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
            Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
            Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
            long lag = 0;
            for (TopicPartition partition : partitions) {
                OffsetAndMetadata done = committed.get(partition);
                long from = done == null ? starts.get(partition) : done.offset();
                lag += Math.max(0, ends.get(partition) - from);
            }
            int members = kafka.describeConsumerGroups(List.of(group))
                    .describedGroups()
                    .get(group)
                    .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                    .members()
                    .size();
            return new ConsumerLag(group, topic, lag, members);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            return new ConsumerLag(group, topic, null, null);
        } catch (Exception e) {
            return new ConsumerLag(group, topic, null, null);
        }
    }

    /** Records on the topic now (every partition, first offset to last). */
    long records(String topic) throws Exception {
        List<TopicPartition> partitions = partitions(topic);
        Map<TopicPartition, Long> ends = offsets(partitions, OffsetSpec.latest());
        Map<TopicPartition, Long> starts = offsets(partitions, OffsetSpec.earliest());
        return partitions.stream()
                .mapToLong(partition -> ends.get(partition) - starts.get(partition))
                .sum();
    }

    private List<TopicPartition> partitions(String topic) throws Exception {
        return kafka
                .describeTopics(List.of(topic))
                .allTopicNames()
                .get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS)
                .get(topic)
                .partitions()
                .stream()
                .map(info -> new TopicPartition(topic, info.partition()))
                .toList();
    }

    private Map<TopicPartition, Long> offsets(List<TopicPartition> partitions, OffsetSpec spec) throws Exception {
        Map<TopicPartition, OffsetSpec> wanted =
                partitions.stream().collect(Collectors.toMap(Function.identity(), partition -> spec));
        Map<TopicPartition, ListOffsetsResultInfo> answers =
                kafka.listOffsets(wanted).all().get(TIMEOUT.toMillis(), TimeUnit.MILLISECONDS);
        return answers.entrySet().stream()
                .collect(Collectors.toMap(
                        Map.Entry::getKey, entry -> entry.getValue().offset()));
    }
}
