package dev.artgen.api.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.data.mongodb.core.MongoOperations;

/** Health of the backing services, as the api's readiness should reflect them. */
@Configuration(proxyBeanMethods = false)
class HealthConfiguration {

    /**
     * Replaces Boot's MongoDB indicator, which sends {@code hello}: the embedded MongoDB-wire server
     * of the local launcher does not know that command, while every server answers {@code ping}.
     */
    @Bean
    HealthIndicator mongoHealthIndicator(MongoOperations mongo) {
        return () -> {
            Document answer = mongo.executeCommand(new Document("ping", 1));
            return Health.up().withDetail("ping", answer.get("ok")).build();
        };
    }
}
