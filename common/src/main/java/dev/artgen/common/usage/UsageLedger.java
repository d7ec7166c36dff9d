package dev.artgen.common.usage;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;

/** The usage collection: one record per job, written idempotently by whichever attempt finishes. */
public class UsageLedger {

    private final MongoOperations mongo;

    public UsageLedger(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /**
     * The usage report's indexes: one user's period ({owner, recordedAt}) and everyone's period
     * ({recordedAt}), so its aggregations read only the records of the period asked for.
     */
    public void createIndexes() {
        var indexes = mongo.indexOps(UsageRecord.class);
        indexes.createIndex(new Index().on("owner", Sort.Direction.ASC).on("recordedAt", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("recordedAt", Sort.Direction.ASC));
    }

    /** Upsert by job id: recording the same job again replaces, never adds. */
    public void record(UsageRecord usage) {
        mongo.save(usage);
    }

    public Optional<UsageRecord> find(String jobId) {
        return Optional.ofNullable(mongo.findById(jobId, UsageRecord.class));
    }

    public long countForJob(String jobId) {
        return mongo.count(Query.query(where("_id").is(jobId)), UsageRecord.class);
    }
}
