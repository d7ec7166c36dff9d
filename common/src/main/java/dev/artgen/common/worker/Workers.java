package dev.artgen.common.worker;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.List;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

/** The workers collection: one document per worker process, rewritten at each heartbeat. */
public class Workers {

    private final MongoOperations mongo;

    public Workers(MongoOperations mongo) {
        this.mongo = mongo;
    }

    public void createIndexes() {
        mongo.indexOps(WorkerStatus.class).createIndex(new Index().on("lastSeenAt", Sort.Direction.DESC));
    }

    /** Records a heartbeat (an upsert by worker id). */
    public void beat(WorkerStatus status) {
        mongo.save(status);
    }

    /** A worker stopping cleanly says goodbye, so it leaves the ops view at once. */
    public void gone(String id) {
        mongo.remove(Query.query(where("_id").is(id)), WorkerStatus.class);
    }

    /** Workers heard from since {@code since}, most recently seen first. */
    public List<WorkerStatus> seenSince(Instant since) {
        return mongo.find(
                Query.query(where("lastSeenAt").gte(since)).with(Sort.by(Sort.Direction.DESC, "lastSeenAt")),
                WorkerStatus.class);
    }
}
