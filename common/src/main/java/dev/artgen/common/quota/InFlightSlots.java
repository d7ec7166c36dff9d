package dev.artgen.common.quota;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import org.bson.Document;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Per-user jobs in flight: one document per user with a count and the ids holding a slot. Taking a
 * slot is one conditional update (count below the cap, id not yet in), so a burst cannot overshoot;
 * giving it back pulls the id, so releasing twice changes nothing.
 */
class InFlightSlots {

    static final String COLLECTION = "quota_in_flight";

    private final MongoOperations mongo;

    InFlightSlots(MongoOperations mongo) {
        this.mongo = mongo;
    }

    boolean take(String owner, String jobId, int cap) {
        Query free = Query.query(
                where("_id").is(owner).and("count").lt(cap).and("jobs").ne(jobId));
        Update take = new Update().inc("count", 1).push("jobs", jobId);
        if (mongo.updateFirst(free, take, COLLECTION).getMatchedCount() == 1) {
            return true;
        }
        if (!mongo.exists(Query.query(where("_id").is(owner)), COLLECTION)) {
            if (cap < 1) {
                return false;
            }
            try {
                mongo.insert(new Document("_id", owner).append("count", 1).append("jobs", List.of(jobId)), COLLECTION);
                return true;
            } catch (DuplicateKeyException anotherRequestWasFirst) {
                // a concurrent first request made the document: take a slot the conditional way below
            }
        }
        // The document surely exists now, so a miss really means every slot is taken.
        return mongo.updateFirst(free, take, COLLECTION).getMatchedCount() == 1;
    }

    void give(String owner, String jobId) {
        mongo.updateFirst(
                Query.query(where("_id").is(owner).and("jobs").is(jobId)),
                new Update().inc("count", -1).pull("jobs", jobId),
                COLLECTION);
    }

    int count(String owner) {
        Document slots = mongo.findById(owner, Document.class, COLLECTION);
        return slots == null ? 0 : slots.getInteger("count", 0);
    }
}
