package dev.artgen.common.upload;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/** The uploads collection: one document per uploaded image, written after its bytes are stored. */
public class Uploads {

    private final MongoOperations mongo;

    public Uploads(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** The listing's index; idempotent, run at start-up. */
    public void createIndexes() {
        mongo.indexOps(Upload.class)
                .createIndex(new Index().on("owner", Sort.Direction.ASC).on("_id", Sort.Direction.DESC));
    }

    public Upload insert(Upload upload) {
        return mongo.insert(upload);
    }

    public Optional<Upload> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Upload.class));
    }

    /** A page of one owner's uploads, newest first, strictly older than the cursor when one is given. */
    public List<Upload> page(String owner, String before, int limit) {
        Criteria criteria = where("owner").is(owner);
        if (before != null) {
            criteria = criteria.and("_id").lt(before);
        }
        return mongo.find(
                Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit), Upload.class);
    }
}
