package dev.artgen.infra.system;

import dev.artgen.infra.local.EmbeddedS3;
import dev.artgen.infra.local.LocalInfrastructure;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.testcontainers.junit.jupiter.Testcontainers;
import org.testcontainers.kafka.KafkaContainer;
import org.testcontainers.mongodb.MongoDBContainer;

/**
 * The same end-to-end suite against a real Kafka broker and a real MongoDB in containers (S3 stays
 * the in-JVM S3 server). Skipped cleanly where there is no Docker, as on the build machines here.
 */
@Testcontainers(disabledWithoutDocker = true)
class ContainersSubmitAndPollTest extends SubmitAndPollTest {

    private static ArtGenSystem system;

    @Override
    ArtGenSystem system() {
        synchronized (ContainersSubmitAndPollTest.class) {
            if (system == null) {
                system = startOnContainers();
            }
            return system;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    private static ArtGenSystem startOnContainers() {
        try {
            var kafka = new KafkaContainer("apache/kafka:4.2.0");
            var mongo = new MongoDBContainer("mongo:8.0");
            kafka.start();
            mongo.start();
            EmbeddedS3 s3 = EmbeddedS3.start(null, 0);
            Map<String, Object> properties = new HashMap<>(LocalInfrastructure.storageProperties(s3));
            properties.put("spring.kafka.bootstrap-servers", kafka.getBootstrapServers());
            properties.put("spring.mongodb.uri", mongo.getReplicaSetUrl("artgen"));
            ArtGenSystem started = ArtGenSystem.on(
                    () -> {
                        s3.close();
                        mongo.stop();
                        kafka.stop();
                    },
                    properties);
            started.startWorker(Map.of());
            return started;
        } catch (Exception e) {
            throw new IllegalStateException("Could not start ArtGen on containers", e);
        }
    }
}
