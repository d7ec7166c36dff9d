package dev.artgen.infra.local;

import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.h2.H2Backend;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;
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

    private static final String S3_ACCESS_KEY = "artgen-local";

    private final EmbeddedKafkaKraftBroker kafka;
    private final MongoServer mongo;
    private final S3Proxy s3;
    private final String mongoUri;
    private final String s3SecretKey;

    private LocalInfrastructure(EmbeddedKafkaKraftBroker kafka, MongoServer mongo, String mongoUri, S3Proxy s3, String s3SecretKey) {
        this.kafka = kafka;
        this.mongo = mongo;
        this.mongoUri = mongoUri;
        this.s3 = s3;
        this.s3SecretKey = s3SecretKey;
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

        String secret = Secrets.forLocalS3(dataDir);
        var store = dataDir == null ? new TransientNio2BlobStore() : new FilesystemNio2BlobStore(Files.createDirectories(dataDir.resolve("s3")).toString());
        S3Proxy s3 = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:" + ports.s3()))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, S3_ACCESS_KEY, secret)
                .build();
        s3.start();
        while (!"STARTED".equals(s3.getState())) {
            Thread.onSpinWait();
        }
        return new LocalInfrastructure(kafka, mongo, mongoUri, s3, secret);
    }

    public String kafkaBootstrapServers() {
        return kafka.getBrokersAsString();
    }

    public String mongoUri() {
        return mongoUri;
    }

    public String s3Endpoint() {
        return "http://127.0.0.1:" + s3.getPort();
    }

    /** The Spring properties that point api and worker at this infrastructure. */
    public Map<String, Object> springProperties() {
        Map<String, Object> properties = new LinkedHashMap<>();
        properties.put("spring.kafka.bootstrap-servers", kafkaBootstrapServers());
        properties.put("spring.mongodb.uri", mongoUri);
        properties.put("artgen.storage.endpoint", s3Endpoint());
        properties.put("artgen.storage.access-key", S3_ACCESS_KEY);
        properties.put("artgen.storage.secret-key", s3SecretKey);
        properties.put("artgen.topics.replicas", "1");
        return properties;
    }

    /**
     * Properties as command-line arguments: those outrank the apps' own yml files, whereas
     * SpringApplicationBuilder#properties only sets defaults that the yml would override.
     */
    public static String[] asArguments(Map<String, Object> properties) {
        return properties.entrySet().stream().map(e -> "--" + e.getKey() + "=" + e.getValue()).toArray(String[]::new);
    }

    @Override
    public void close() throws Exception {
        s3.stop();
        mongo.shutdownNow();
        kafka.destroy();
    }
}
