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

    public void createIndexes() {
        mongo.indexOps(UsageRecord.class)
                .createIndex(new Index().on("owner", Sort.Direction.ASC).on("recordedAt", Sort.Direction.DESC));
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
