package dev.artgen.common.health;

import dev.artgen.common.storage.StorageProperties;
import io.minio.MinioClient;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import org.apache.kafka.clients.admin.Admin;
import org.apache.kafka.clients.admin.AdminClientConfig;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.core.KafkaAdmin;

/**
 * Health of the three backing services, for api and worker alike. They are in the readiness group
 * (configured in each app's yml), not in liveness: a broker outage should take an instance out of
 * rotation, not get it restarted.
 */
@Configuration(proxyBeanMethods = false)
public class HealthConfiguration {

    /** How long a health check waits for Kafka before calling it down. */
    static final Duration KAFKA_TIMEOUT = Duration.ofSeconds(3);

    /** One Kafka admin client per process, for health checks and the ops view (lag, dead letters). */
    @Bean(destroyMethod = "close")
    Admin kafkaAdminClient(KafkaAdmin kafkaAdmin) {
        Map<String, Object> config = new HashMap<>(kafkaAdmin.getConfigurationProperties());
        config.put(AdminClientConfig.REQUEST_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis());
        config.put(AdminClientConfig.DEFAULT_API_TIMEOUT_MS_CONFIG, (int) KAFKA_TIMEOUT.toMillis() * 2);
        return Admin.create(config);
    }

    /**
     * Replaces Boot's MongoDB indicator, which sends {@code hello}: the embedded MongoDB-wire server
     * of the local launcher does not know that command, while every server answers {@code ping}.
     */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoOperations mongo) {
        return new MongoHealth(mongo);
    }

    @Bean
    HealthIndicator kafkaHealthIndicator(Admin kafka) {
        return new KafkaHealth(kafka, KAFKA_TIMEOUT);
    }

    @Bean
    HealthIndicator s3HealthIndicator(MinioClient s3, StorageProperties storage) {
        return new S3Health(s3, storage.bucket());
    }
}
