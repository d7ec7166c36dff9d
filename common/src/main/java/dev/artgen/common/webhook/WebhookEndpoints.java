package dev.artgen.common.webhook;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/** Registered webhook endpoints, and each user's signing key for single-job webhooks. */
public class WebhookEndpoints {

    private final MongoOperations mongo;

    public WebhookEndpoints(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void createIndexes() {
        mongo.indexOps(WebhookEndpoint.class)
                .createIndex(new Index().on("owner", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
    }

    public WebhookEndpoint insert(WebhookEndpoint endpoint) {
        return mongo.insert(endpoint);
    }

    public WebhookEndpoint save(WebhookEndpoint endpoint) {
        return mongo.save(endpoint);
    }

    public Optional<WebhookEndpoint> find(String id) {
        return Optional.ofNullable(mongo.findById(id, WebhookEndpoint.class));
    }

    public List<WebhookEndpoint> ofOwner(String owner) {
        return mongo.find(Query.query(where("owner").is(owner)).with(Sort.by("_id")), WebhookEndpoint.class);
    }

    public List<WebhookEndpoint> enabledOf(String owner) {
        return mongo.find(Query.query(where("owner").is(owner).and("enabled").is(true)), WebhookEndpoint.class);
    }

    public void delete(String id) {
        mongo.remove(Query.query(where("_id").is(id)), WebhookEndpoint.class);
    }

    /** Stops deliveries with a reason the user sees; empty when it was already disabled or is gone. */
    public Optional<WebhookEndpoint> disable(String id, String reason, Instant now) {
        Update update = Update.update("enabled", false)
                .set("disabledReason", reason)
                .set("disabledAt", now)
                .set("updatedAt", now);
        return Optional.ofNullable(mongo.findAndModify(
                Query.query(where("_id").is(id).and("enabled").is(true)),
                update,
                options().returnNew(true),
                WebhookEndpoint.class));
    }

    /** Notes a failed attempt; returns the endpoint with the start of its current failing streak. */
    public Optional<WebhookEndpoint> markFailing(String id, Instant now) {
        mongo.updateFirst(
                Query.query(where("_id").is(id).and("failingSince").is(null)),
                Update.update("failingSince", now),
                WebhookEndpoint.class);
        return find(id);
    }

    public void markHealthy(String id) {
        mongo.updateFirst(
                Query.query(where("_id").is(id).and("failingSince").ne(null)),
                new Update().unset("failingSince"),
                WebhookEndpoint.class);
    }

    /** The owner's key for single-job webhooks, made on first use. */
    public JobSigningKey jobKey(String owner, Instant now) {
        JobSigningKey key = mongo.findById(owner, JobSigningKey.class);
        if (key != null) {
            return key;
        }
        try {
            return mongo.insert(new JobSigningKey(owner, SigningSecrets.generate(), now));
        } catch (DuplicateKeyException raced) {
            return mongo.findById(owner, JobSigningKey.class);
        }
    }

    public JobSigningKey rotateJobKey(String owner, Instant now, Duration overlap) {
        JobSigningKey current = jobKey(owner, now);
        return mongo.save(new JobSigningKey(owner, current.secrets().rotate(now, overlap), now));
    }
}
