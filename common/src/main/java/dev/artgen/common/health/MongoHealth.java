package dev.artgen.common.health;

import org.bson.Document;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;
import org.springframework.data.mongodb.core.MongoOperations;

/** MongoDB is up when it answers {@code ping}. */
public class MongoHealth implements HealthIndicator {

    private final MongoOperations mongo;

    public MongoHealth(MongoOperations mongo) {
        this.mongo = mongo;
    }

    @Override
    public Health health() {
        Document answer = mongo.executeCommand(new Document("ping", 1));
        return Health.up().withDetail("ping", answer.get("ok")).build();
    }
}
