package dev.artgen.api.accounts;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** The users collection. Names are unique, enforced by an index so two api instances cannot race. */
@Component
public class Users {

    private final MongoOperations mongo;

    Users(MongoOperations mongo) {
        this.mongo = mongo;
        mongo.indexOps(User.class)
                .createIndex(new Index().on("name", Sort.Direction.ASC).unique());
    }

    /** Stores a new user; empty when the name is taken. */
    public Optional<User> insert(User user) {
        try {
            return Optional.of(mongo.insert(user));
        } catch (DuplicateKeyException e) {
            return Optional.empty();
        }
    }

    public Optional<User> find(String id) {
        return Optional.ofNullable(mongo.findById(id, User.class));
    }

    public boolean anyAdmin() {
        return mongo.exists(Query.query(where("role").is(Role.ADMIN)), User.class);
    }

    public List<User> all() {
        return mongo.find(new Query().with(Sort.by("_id")), User.class);
    }

    public Optional<User> setDisabled(String id, boolean disabled) {
        mongo.updateFirst(Query.query(where("_id").is(id)), Update.update("disabled", disabled), User.class);
        return find(id);
    }
}
