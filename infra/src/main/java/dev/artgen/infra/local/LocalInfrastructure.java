package dev.artgen.infra.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.kafka.test.EmbeddedKafkaKraftBroker;

/**
 * Real Kafka (a KRaft broker), a MongoDB-wire server and an S3 server, all in this JVM. With a data
 * directory, MongoDB and S3 keep their data on disk across restarts; without one, everything lives
 * in memory (tests). Kafka's log is always temporary: MongoDB is the source of truth, and queued
 * jobs are re-published from it by the sweeper after a restart.
 */
public final class LocalInfrastructure implements AutoCloseable {

    /** Ports to bind; 0 picks a free one. */
    public record Ports(int kafka, int mongo, int s3) {
        public static final Ports ANY = new Ports(0, 0, 0);
    }

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final EmbeddedS3 s3;
    private final String mongoUri;

    private LocalInfrastructure(EmbeddedKafkaKraftBroker kafka, MongoServer mongo, String mongoUri, EmbeddedS3 s3) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.mongoUri = mongoUri;
        this.s3 = s3;
    }

    /** Starts everything; {@code dataDir} null means in memory. */
    public static LocalInfrastructure start(Path dataDir, Ports ports) throws Exception {
        EmbeddedKafkaKraftBroker kafka = new EmbeddedKafkaKraftBroker(1, 1);
        if (ports.kafka() != 0) {
            kafka.kafkaPorts(ports.kafka());
        }
        kafka.brokerProperties(Map.of(
                "auto.create.topics.enable", "false",
                "group.initial.rebalance.delay.ms", "0",
                "offsets.topic.num.partitions", "5"));
        kafka.afterPropertiesSet();

        MongoServer mongo;
        if (dataDir == null) {
            mongo = new MongoServer(new MemoryBackend());
        } else {
            Files.createDirectories(dataDir);
            mongo = new MongoServer(new H2Backend(dataDir.resolve("mongo.mv").toString()));
        }
        mongo.bind("127.0.0.1", ports.mongo());
        InetSocketAddress mongoAddress = mongo.getLocalAddress();
        String mongoUri = "mongodb://127.0.0.1:" + mongoAddress.getPort() + "/artgen";

        EmbeddedS3 s3 = EmbeddedS3.start(dataDir, ports.s3());
        return new LocalInfrastructure(kafka, mongo, mongoUri, s3);
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String s3Endpoint() {
        return s3.endpoint();
    }

    /** The Spring properties that point api and worker at this infrastructure. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", mongoUri);
        properties.putAll(storageProperties(s3));
        properties.put("artgen.topics.replicas", "1");
        return properties;
    }

    /** The Spring properties that point api and worker at an S3 server. */
    public static Map<String, Object> storageProperties(EmbeddedS3 s3) {
        return Map.of(
                "artgen.storage.endpoint", s3.endpoint(),
                "artgen.storage.access-key", EmbeddedS3.ACCESS_KEY,
                "artgen.storage.secret-key", s3.secretKey());
    }

    /**
     * Properties as command-line arguments: those outrank the apps' own yml files, whereas
     * SpringApplicationBuilder#properties only sets defaults that the yml would override.
     */
    public static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream()
                .map(e -> "--" + e.getKey() + "=" + e.getValue())
                .toArray(String[]::new);
    }

    @Override
    public void close() throws Exception {
        s3.close();
        mongo.shutdownNow();
        kafka.destroy();
    }
}
