package dev.artgen.api.ops;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.artgen.common.messaging.JobDispatch;
import dev.artgen.common.messaging.Topics;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.apache.kafka.clients.consumer.Consumer;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.apache.kafka.common.TopicPartition;
import org.apache.kafka.common.header.Header;
import org.apache.kafka.common.serialization.StringDeserializer;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.support.KafkaHeaders;

/**
 * The jobs' dead-letter topic, read without a consumer group (nothing is committed, nothing moves
 * on): what is there, one message in detail, and putting one back on the jobs topic, once.
 */
class DeadLetters {

    /** {@code partition-offset}, as {@link DeadLetter#id()} spells it. */
    static final Pattern ID = Pattern.compile("(\\d{1,5})-(\\d{1,19})");

    private static final Duration READ_TIMEOUT = Duration.ofSeconds(5);
    private static final int MAX_MESSAGE_CHARS = 2_000;

    private final ConsumerFactory<?, ?> consumers;
    private final KafkaTemplate<String, String> kafka;
    private final MongoOperations mongo;
    private final Clock clock;

    DeadLetters(
            ConsumerFactory<?, ?> consumers, KafkaTemplate<String, String> kafka, MongoOperations mongo, Clock clock) {
        this.consumers = consumers;
        this.kafka = kafka;
        this.mongo = mongo;
        this.clock = clock;
    }

    /** The newest {@code limit} dead letters of every partition, newest first, at most {@code limit} in all. */
    List<DeadLetter> recent(int limit) {
        List<ConsumerRecord<?, ?>> found = new ArrayList<>();
        try (Consumer<?, ?> consumer = open()) {
            List<TopicPartition> partitions = consumer.partitionsFor(Topics.JOBS_DEAD_LETTER).stream()
                    .map(info -> new TopicPartition(info.topic(), info.partition()))
                    .toList();
            consumer.assign(partitions);
            Map<TopicPartition, Long> starts = consumer.beginningOffsets(partitions);
            Map<TopicPartition, Long> ends = consumer.endOffsets(partitions);
            for (TopicPartition partition : partitions) {
                consumer.seek(partition, Math.max(starts.get(partition), ends.get(partition) - limit));
            }
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (partitions.stream().anyMatch(p -> consumer.position(p) < ends.get(p))
                    && System.nanoTime() < deadline) {
                consumer.poll(Duration.ofMillis(200)).forEach(found::add);
            }
        }
        Map<String, Requeue> requeues = requeuesOf(found);
        return found.stream()
                .sorted(Comparator.comparingLong((ConsumerRecord<?, ?> r) -> r.timestamp())
                        .reversed())
                .limit(limit)
                .map(record -> view(record, requeues.get(idOf(record))))
                .toList();
    }

    DeadLetter find(String id) {
        ConsumerRecord<?, ?> record = read(id);
        return view(record, mongo.findById(id, Requeue.class));
    }

    /** Publishes the message again, keyed as before, and remembers that it did; a second call is refused. */
    DeadLetter requeue(String id, String by) {
        ConsumerRecord<?, ?> record = read(id);
        String key = record.key() == null ? null : record.key().toString();
        Requeue requeue = new Requeue(id, key, by, clock.instant());
        try {
            mongo.insert(requeue);
        } catch (DuplicateKeyException e) {
            Requeue earlier = mongo.findById(id, Requeue.class);
            throw new AlreadyRequeued(id, earlier == null ? null : earlier.at());
        }
        try {
            kafka.send(
                            Topics.JOBS,
                            key,
                            record.value() == null ? null : record.value().toString())
                    .get(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            mongo.remove(requeue);
            throw new JobDispatch.BrokerUnavailable(e);
        } catch (ExecutionException | TimeoutException e) {
            mongo.remove(requeue);
            throw new JobDispatch.BrokerUnavailable(e);
        }
        return view(record, requeue);
    }

    long requeuedCount() {
        return mongo.count(new Query(), Requeue.class);
    }

    private ConsumerRecord<?, ?> read(String id) {
        Matcher parts = ID.matcher(id);
        if (!parts.matches()) {
            throw new DeadLetterNotFound(id);
        }
        TopicPartition partition = new TopicPartition(Topics.JOBS_DEAD_LETTER, Integer.parseInt(parts.group(1)));
        long offset = Long.parseLong(parts.group(2));
        try (Consumer<?, ?> consumer = open()) {
            boolean exists = consumer.partitionsFor(Topics.JOBS_DEAD_LETTER).stream()
                    .anyMatch(info -> info.partition() == partition.partition());
            if (!exists) {
                throw new DeadLetterNotFound(id);
            }
            consumer.assign(List.of(partition));
            long start = consumer.beginningOffsets(List.of(partition)).get(partition);
            long end = consumer.endOffsets(List.of(partition)).get(partition);
            if (offset < start || offset >= end) {
                throw new DeadLetterNotFound(id);
            }
            consumer.seek(partition, offset);
            long deadline = System.nanoTime() + READ_TIMEOUT.toNanos();
            while (System.nanoTime() < deadline) {
                for (ConsumerRecord<?, ?> record : consumer.poll(Duration.ofMillis(200))) {
                    if (record.offset() == offset) {
                        return record;
                    }
                    if (record.offset() > offset) {
                        throw new DeadLetterNotFound(id);
                    }
                }
            }
            throw new DeadLetterNotFound(id);
        }
    }

    private Consumer<?, ?> open() {
        Properties overrides = new Properties();
        overrides.put(ConsumerConfig.KEY_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        overrides.put(ConsumerConfig.VALUE_DESERIALIZER_CLASS_CONFIG, StringDeserializer.class.getName());
        overrides.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, "false");
        overrides.put(ConsumerConfig.MAX_POLL_RECORDS_CONFIG, "100");
        return consumers.createConsumer(null, "artgen-ops-dead-letters", null, overrides);
    }

    private Map<String, Requeue> requeuesOf(List<ConsumerRecord<?, ?>> records) {
        List<String> ids = records.stream().map(DeadLetters::idOf).toList();
        return mongo.find(Query.query(where("_id").in(ids)), Requeue.class).stream()
                .collect(Collectors.toMap(Requeue::id, Function.identity()));
    }

    private static DeadLetter view(ConsumerRecord<?, ?> record, Requeue requeue) {
        String value = record.value() == null ? "" : record.value().toString();
        Header partition = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_PARTITION);
        Header offset = record.headers().lastHeader(KafkaHeaders.DLT_ORIGINAL_OFFSET);
        return new DeadLetter(
                idOf(record),
                record.key() == null ? null : record.key().toString(),
                value.length() > MAX_MESSAGE_CHARS ? value.substring(0, MAX_MESSAGE_CHARS) : value,
                text(record, KafkaHeaders.DLT_EXCEPTION_MESSAGE),
                text(record, KafkaHeaders.DLT_EXCEPTION_FQCN),
                text(record, KafkaHeaders.DLT_ORIGINAL_TOPIC),
                partition == null || partition.value().length != 4
                        ? null
                        : ByteBuffer.wrap(partition.value()).getInt(),
                offset == null || offset.value().length != 8
                        ? null
                        : ByteBuffer.wrap(offset.value()).getLong(),
                Instant.ofEpochMilli(record.timestamp()),
                requeue == null ? null : requeue.at());
    }

    private static String text(ConsumerRecord<?, ?> record, String header) {
        Header found = record.headers().lastHeader(header);
        return found == null ? null : new String(found.value(), StandardCharsets.UTF_8);
    }

    private static String idOf(ConsumerRecord<?, ?> record) {
        return record.partition() + "-" + record.offset();
    }
}
