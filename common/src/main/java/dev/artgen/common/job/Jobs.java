package dev.artgen.common.job;

import static org.springframework.data.mongodb.core.FindAndModifyOptions.options;
import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The jobs collection. Every state change is one atomic, conditional findAndModify on a single
 * document (MongoDB-wire servers here have no transactions): a lost race comes back as an empty
 * Optional, never as a half-written job.
 */
public class Jobs {

    private final MongoOperations mongo;

    public Jobs(MongoOperations mongo) {
        this.mongo = mongo;
    }

    /** Indexes for the sweeper's and the listing's queries; idempotent, run at start-up. */
    public void createIndexes() {
        var indexes = mongo.indexOps(Job.class);
        indexes.createIndex(new Index().on("owner", Sort.Direction.ASC).on("_id", Sort.Direction.DESC));
        indexes.createIndex(new Index().on("state", Sort.Direction.ASC).on("lease.until", Sort.Direction.ASC));
        indexes.createIndex(new Index().on("state", Sort.Direction.ASC).on("dispatchAt", Sort.Direction.ASC));
    }

    public Job insert(Job job) {
        return mongo.insert(job);
    }

    public void delete(String id) {
        mongo.remove(Query.query(where("_id").is(id)), Job.class);
    }

    public Optional<Job> find(String id) {
        return Optional.ofNullable(mongo.findById(id, Job.class));
    }

    /** A page of one owner's jobs, newest first, strictly older than the cursor when one is given. */
    public List<Job> page(String owner, String before, int limit) {
        Criteria criteria = where("owner").is(owner);
        if (before != null) {
            criteria = criteria.and("_id").lt(before);
        }
        return mongo.find(
                Query.query(criteria).with(Sort.by(Sort.Direction.DESC, "_id")).limit(limit), Job.class);
    }

    /** One owner's jobs changed after {@code since}, oldest change first: catch-up for event streams. */
    public List<Job> changedSince(String owner, Instant since, int limit) {
        return mongo.find(
                Query.query(where("owner").is(owner).and("updatedAt").gt(since))
                        .with(Sort.by(Sort.Direction.ASC, "updatedAt"))
                        .limit(limit),
                Job.class);
    }

    /** Takes a queued job for one worker: the only way a job starts running. */
    public Optional<Job> claim(String id, String worker, Duration lease, Instant now) {
        Query query = inState(id, JobState.RUNNING, JobState.QUEUED)
                .addCriteria(where("notBefore").lte(now));
        Update update = to(JobState.RUNNING, now)
                .set("startedAt", now)
                .set("lease", new Lease(worker, now.plus(lease)))
                .inc("fence", 1)
                .inc("attempts", 1);
        return modify(query, update);
    }

    /** Extends the lease while the worker is still the holder; false means the job was taken away. */
    public boolean heartbeat(Claim claim, Duration lease, Instant now) {
        return mongo.updateFirst(held(claim), Update.update("lease.until", now.plus(lease)), Job.class)
                        .getModifiedCount()
                == 1;
    }

    public Optional<Job> succeed(Claim claim, List<StoredImage> images, Usage usage, Instant now) {
        return finish(
                claim,
                JobState.SUCCEEDED,
                now,
                to(JobState.SUCCEEDED, now)
                        .set("images", images)
                        .set("usage", usage)
                        .unset("error"));
    }

    public Optional<Job> fail(Claim claim, JobError error, Instant now) {
        return finish(claim, JobState.FAILED, now, to(JobState.FAILED, now).set("error", error));
    }

    /** Puts the job back in the queue after a transient failure; the sweeper publishes it when due. */
    public Optional<Job> retryLater(Claim claim, JobError error, Instant notBefore, Instant now) {
        Update update = to(JobState.QUEUED, now)
                .set("error", error)
                .set("notBefore", notBefore)
                .set("dispatchAt", notBefore)
                .unset("lease")
                .inc("fence", 1);
        return modify(held(claim).addCriteria(where("state").is(JobState.RUNNING)), update);
    }

    public Optional<Job> cancel(String id, Instant now) {
        Update update =
                to(JobState.CANCELED, now).set("finishedAt", now).unset("lease").inc("fence", 1);
        return modify(inState(id, JobState.CANCELED, JobState.QUEUED, JobState.RUNNING), update);
    }

    /** Running jobs whose worker stopped renewing its lease: crashed, hung or cut off. */
    public List<Job> withExpiredLease(Instant now, int limit) {
        return mongo.find(
                Query.query(where("state")
                                .is(JobState.RUNNING)
                                .and("lease.until")
                                .lt(now))
                        .limit(limit),
                Job.class);
    }

    /**
     * Takes a job back from a worker whose lease expired: queued again, or failed when its attempts
     * are spent. The fence moves on, so the old holder's late writes are refused.
     */
    public Optional<Job> reclaimExpired(Job job, Instant now, Duration redispatchAfter) {
        Query query = Query.query(where("_id")
                .is(job.id())
                .and("state")
                .is(JobState.RUNNING)
                .and("fence")
                .is(job.fence())
                .and("lease.until")
                .lt(now));
        if (job.attempts() >= job.maxAttempts()) {
            var error = new JobError(
                    "worker_lost",
                    "The worker running this job stopped responding " + job.attempts() + " times; giving up.");
            return modify(
                    query,
                    to(JobState.FAILED, now)
                            .set("error", error)
                            .set("finishedAt", now)
                            .unset("lease")
                            .inc("fence", 1));
        }
        return modify(
                query,
                to(JobState.QUEUED, now)
                        .set(
                                "error",
                                new JobError(
                                        "worker_lost", "The worker running this job stopped responding; retrying."))
                        .set("notBefore", now)
                        .set("dispatchAt", now)
                        .unset("lease")
                        .inc("fence", 1));
    }

    /** Queued jobs that nobody claimed by their dispatch time: they need (re)publishing. */
    public List<Job> dueForDispatch(Instant now, int limit) {
        return mongo.find(
                Query.query(where("state").is(JobState.QUEUED).and("dispatchAt").lte(now))
                        .limit(limit),
                Job.class);
    }

    /** Moves the dispatch time on, so of several sweepers only one republishes a job. */
    public boolean markDispatched(Job job, Instant nextDispatch) {
        Query query = Query.query(where("_id")
                .is(job.id())
                .and("state")
                .is(JobState.QUEUED)
                .and("dispatchAt")
                .is(job.dispatchAt()));
        return mongo.updateFirst(query, Update.update("dispatchAt", nextDispatch), Job.class)
                        .getModifiedCount()
                == 1;
    }

    private Optional<Job> finish(Claim claim, JobState target, Instant now, Update update) {
        return modify(
                held(claim).addCriteria(where("state").is(JobState.RUNNING)),
                update.set("finishedAt", now).unset("lease").inc("fence", 1));
    }

    private Optional<Job> modify(Query query, Update update) {
        return Optional.ofNullable(mongo.findAndModify(query, update, options().returnNew(true), Job.class));
    }

    private static Query held(Claim claim) {
        return Query.query(where("_id")
                .is(claim.jobId())
                .and("lease.owner")
                .is(claim.owner())
                .and("fence")
                .is(claim.fence()));
    }

    /** Matches the job only in a state from which the table allows {@code target}. */
    private static Query inState(String id, JobState target, JobState... expected) {
        for (JobState from : expected) {
            if (!from.canBecome(target)) {
                throw new IllegalArgumentException(from + " cannot become " + target);
            }
        }
        return Query.query(where("_id").is(id).and("state").in((Object[]) expected));
    }

    private static Update to(JobState target, Instant now) {
        return Update.update("state", target).set("updatedAt", now);
    }
}
