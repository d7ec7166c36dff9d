package dev.artgen.api.jobs;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Instant;
import java.util.Optional;
import org.springframework.dao.DuplicateKeyException;
import org.springframework.data.annotation.Id;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.mapping.Document;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * The idempotency_keys collection: one document per (user, key), claimed by an insert so that of two
 * concurrent requests exactly one proceeds. MongoDB's TTL index removes expired keys; servers that
 * do not enforce TTL (the embedded one) are covered by treating an expired key as absent.
 */
class IdempotencyKeys {

    /** A remembered key: in progress until its job exists, then done and pointing at the job. */
    @Document("idempotency_keys")
    record Key(@Id String id, String owner, String fingerprint, String jobId, Instant lockedUntil, Instant expiresAt) {

        boolean done() {
            return jobId != null;
        }
    }

    /** What a claim found: the key is ours to use, or it already names a job. */
    sealed interface Claim {
        record Claimed(String id) implements Claim {}

        record Replay(String jobId) implements Claim {}
    }

    private static final int ATTEMPTS = 3;

    private final MongoOperations mongo;

    IdempotencyKeys(MongoOperations mongo) {
        this.mongo = mongo;
    }

    void createIndexes() {
        mongo.indexOps(Key.class)
                .createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(0));
    }

    Claim claim(String owner, String key, String fingerprint, Instant now, IdempotencyProperties properties) {
        // Keys are scoped per user; the key's charset has no space, so the id is unambiguous.
        String id = owner + " " + key;
        Key fresh = new Key(
                id, owner, fingerprint, null, now.plus(properties.inProgressFor()), now.plus(properties.keepFor()));
        for (int attempt = 0; attempt < ATTEMPTS; attempt++) {
            try {
                mongo.insert(fresh);
                return new Claim.Claimed(id);
            } catch (DuplicateKeyException taken) {
                Optional<Key> existing = Optional.ofNullable(mongo.findById(id, Key.class));
                if (existing.isEmpty()) {
                    continue;
                }
                Key found = existing.get();
                boolean expired = !found.expiresAt().isAfter(now);
                boolean abandoned =
                        !found.done() && !expired && !found.lockedUntil().isAfter(now);
                if (!expired && !found.fingerprint().equals(fingerprint)) {
                    throw new IdempotencyKeyReused();
                }
                if (!expired && found.done()) {
                    return new Claim.Replay(found.jobId());
                }
                if (!expired && !abandoned) {
                    throw new IdempotencyKeyInUse();
                }
                // Expired, or held by a request that died: take it over unless someone else just did.
                Query unchanged = Query.query(where("_id")
                        .is(id)
                        .and("expiresAt")
                        .is(found.expiresAt())
                        .and("lockedUntil")
                        .is(found.lockedUntil()));
                Update takeOver = new Update()
                        .set("fingerprint", fingerprint)
                        .unset("jobId")
                        .set("lockedUntil", fresh.lockedUntil())
                        .set("expiresAt", fresh.expiresAt());
                if (mongo.updateFirst(unchanged, takeOver, Key.class).getModifiedCount() == 1) {
                    return new Claim.Claimed(id);
                }
            }
        }
        throw new IdempotencyKeyInUse();
    }

    void complete(String id, String jobId) {
        mongo.updateFirst(Query.query(where("_id").is(id)), Update.update("jobId", jobId), Key.class);
    }

    /** The request failed before making a job: forget the key so a retry is a fresh attempt. */
    void abandon(String id) {
        mongo.remove(Query.query(where("_id").is(id).and("jobId").exists(false)), Key.class);
    }
}
