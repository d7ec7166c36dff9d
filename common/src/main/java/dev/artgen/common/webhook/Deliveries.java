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
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The webhook deliveries collection: the retry schedule lives here, not in a worker's memory, so a
 * restarted or different worker carries on where the last one stopped. Like {@code Jobs}, every
 * change is one conditional update on one document.
 */
public class Deliveries {

    private final MongoOperations mongo;

    public Deliveries(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void createIndexes() {
        var indexes = mongo.indexOps(Delivery.class);
        indexes.createIndex(new Index().on("state", Sort.Direction.ASC).on("nextAttemptAt", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("endpointId", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("jobId", Sort.Direction.ASC));
    }

    /** Stores a new delivery; false when it already exists (the same event was read again). */
    public boolean insertIfAbsent(Delivery delivery) {
        try {
            mongo.insert(delivery);
            return true;
        } catch (DuplicateKeyException alreadyThere) {
            return false;
        }
    }

    public Optional<Delivery> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Delivery.class));
    }

    /** An endpoint's deliveries, newest first. */
    public List<Delivery> forEndpoint(String endpointId, int limit) {
        return mongo.find(
                Query.query(where("endpointId").is(endpointId))
                        .with(Sort.by(Sort.Direction.DESC, "createdAt"))
                        .limit(limit),
                Delivery.class);
    }

    /** A job's deliveries to every receiver, oldest first. */
    public List<Delivery> forJob(String jobId) {
        return mongo.find(
                Query.query(where("jobId").is(jobId)).with(Sort.by(Sort.Direction.ASC, "createdAt")), Delivery.class);
    }

    /**
     * Takes the most overdue pending delivery for one worker: its due time moves to the end of the
     * claim, so if the worker dies the delivery is simply due again then.
     */
    public Optional<Delivery> claimDue(String worker, Duration lease, Instant now) {
        Query query = Query.query(where("state")
                        .is(DeliveryState.PENDING)
                        .and("nextAttemptAt")
                        .lte(now))
                .with(Sort.by(Sort.Direction.ASC, "nextAttemptAt"));
        Update update = Update.update("nextAttemptAt", now.plus(lease))
                .set("claimedBy", worker)
                .inc("fence", 1);
        return Optional.ofNullable(mongo.findAndModify(query, update, options().returnNew(true), Delivery.class));
    }

    /** Records a 2xx. False when the claim was lost meanwhile (another worker took over). */
    public boolean delivered(Delivery claimed, DeliveryAttempt attempt, Instant now) {
        Update update = recorded(attempt, now)
                .set("state", DeliveryState.DELIVERED)
                .set("failuresInRow", 0)
                .set("deliveredAt", now)
                .unset("lastError")
                .unset("nextAttemptAt");
        return updateHeld(claimed, update);
    }

    /** Records a failed attempt that will be tried again at {@code next}. */
    public boolean retryAt(Delivery claimed, DeliveryAttempt attempt, Instant next, Instant now) {
        Update update = recorded(attempt, now)
                .set("failuresInRow", claimed.failuresInRow() + 1)
                .set("lastError", attempt.detail())
                .set("nextAttemptAt", next);
        return updateHeld(claimed, update);
    }

    /** Records a failed attempt after which nothing more is tried. */
    public boolean gaveUp(Delivery claimed, DeliveryAttempt attempt, String reason, Instant now) {
        Update update = recorded(attempt, now)
                .set("state", DeliveryState.FAILED)
                .set("failuresInRow", claimed.failuresInRow() + 1)
                .set("lastError", reason)
                .unset("nextAttemptAt");
        return updateHeld(claimed, update);
    }

    /** Ends a claimed delivery without sending it (its endpoint was disabled or deleted). */
    public boolean abandoned(Delivery claimed, String reason, Instant now) {
        Update update = Update.update("state", DeliveryState.FAILED)
                .set("lastError", reason)
                .set("updatedAt", now)
                .unset("claimedBy")
                .unset("nextAttemptAt");
        return updateHeld(claimed, update);
    }

    /**
     * Manual redelivery: due now with a fresh backoff, same id and payload. Empty when a worker is
     * sending it right now.
     */
    public Optional<Delivery> redeliver(String id, Instant now) {
        Query query = Query.query(where("_id").is(id).and("claimedBy").is(null));
        Update update = Update.update("state", DeliveryState.PENDING)
                .set("nextAttemptAt", now)
                .set("failuresInRow", 0)
                .set("updatedAt", now);
        return Optional.ofNullable(mongo.findAndModify(query, update, options().returnNew(true), Delivery.class));
    }

    /** Stops an endpoint's pending deliveries that no worker holds; held ones stop when they finish. */
    public long abandonPending(String endpointId, String reason, Instant now) {
        Query query = Query.query(where("endpointId")
                .is(endpointId)
                .and("state")
                .is(DeliveryState.PENDING)
                .and("claimedBy")
                .is(null));
        Update update = Update.update("state", DeliveryState.FAILED)
                .set("lastError", reason)
                .set("updatedAt", now)
                .unset("nextAttemptAt");
        return mongo.updateMulti(query, update, Delivery.class).getModifiedCount();
    }

    private static Update recorded(DeliveryAttempt attempt, Instant now) {
        return new Update()
                .push("log", attempt)
                .inc("attempts", 1)
                .set("updatedAt", now)
                .unset("claimedBy");
    }

    private boolean updateHeld(Delivery claimed, Update update) {
        Criteria held = where("_id")
                .is(claimed.id())
                .and("claimedBy")
                .is(claimed.claimedBy())
                .and("fence")
                .is(claimed.fence());
        return mongo.updateFirst(Query.query(held), update, Delivery.class).getModifiedCount() == 1;
    }
}
