package dev.artgen.common.quota;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.query.Query;

/** The user_limits collection: the limits admins set per user, one document per user. */
public class UserLimits {

    private final MongoOperations mongo;

    public UserLimits(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public Optional<LimitOverrides> find(String userId) {
        return Optional.ofNullable(mongo.findById(userId, LimitOverrides.class));
    }

    /** Replaces the user's overrides as a whole, so a PUT means exactly what it says. */
    public LimitOverrides save(LimitOverrides overrides) {
        return mongo.save(overrides);
    }

    public void remove(String userId) {
        mongo.remove(Query.query(where("_id").is(userId)), LimitOverrides.class);
    }
}
