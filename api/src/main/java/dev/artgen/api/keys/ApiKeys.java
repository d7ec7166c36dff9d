package dev.artgen.api.keys;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.FindAndModifyOptions;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;
import org.springframework.stereotype.Component;

/** Issues, finds, rotates and revokes API keys. The secret exists only in the answer that issues it. */
@Component
public class ApiKeys {

    /** Recognisable in logs, configs and secret scanners; followed by 43 base64url characters (256 bits). */
    public static final String SECRET_PREFIX = "agk_";

    private static final int SECRET_BYTES = 32;
    private static final int SHOWN_PREFIX_LENGTH = SECRET_PREFIX.length() + 6;
    // Writing last-used on every request would turn reads into writes; a minute's precision is plenty.
    private static final Duration LAST_USED_PRECISION = Duration.ofMinutes(1);

    private final MongoOperations mongo;
    private final Clock clock;

    ApiKeys(MongoOperations mongo, Clock clock) {
        this.mongo = mongo;
        this.clock = clock;
        mongo.indexOps(ApiKey.class)
                .createIndex(new Index().on("hash", Sort.Direction.ASC).unique());
        mongo.indexOps(ApiKey.class)
                .createIndex(new Index().on("owner", Sort.Direction.ASC).on("_id", Sort.Direction.ASC));
    }

    /** A key as issued: the stored record and the one-time secret. */
    public record Issued(ApiKey key, String secret) {}

    public Issued issue(String owner, String name, Set<Scope> scopes, Instant expiresAt) {
        String secret = newSecret();
        return new Issued(store(owner, name, scopes, expiresAt, secret), secret);
    }

    /** Stores a key whose secret the operator chose (the first admin's key from configuration). */
    public ApiKey adopt(String owner, String name, Set<Scope> scopes, String secret) {
        return store(owner, name, scopes, null, secret);
    }

    private ApiKey store(String owner, String name, Set<Scope> scopes, Instant expiresAt, String secret) {
        return mongo.insert(new ApiKey(
                ApiKey.newId(),
                owner,
                name,
                secret.substring(0, SHOWN_PREFIX_LENGTH),
                hash(secret),
                Set.copyOf(scopes),
                clock.instant(),
                expiresAt,
                null,
                null));
    }

    /** The active key with this secret, its last-used time brought up to date; empty for anything else. */
    public Optional<ApiKey> authenticate(String secret) {
        if (!looksLikeKey(secret)) {
            return Optional.empty();
        }
        Instant now = clock.instant();
        ApiKey key = mongo.findOne(Query.query(where("hash").is(hash(secret))), ApiKey.class);
        if (key == null || !key.activeAt(now)) {
            return Optional.empty();
        }
        if (key.lastUsedAt() == null
                || key.lastUsedAt().plus(LAST_USED_PRECISION).isBefore(now)) {
            mongo.updateFirst(Query.query(where("_id").is(key.id())), Update.update("lastUsedAt", now), ApiKey.class);
        }
        return Optional.of(key);
    }

    public Optional<ApiKey> find(String owner, String id) {
        return Optional.ofNullable(
                mongo.findOne(Query.query(where("_id").is(id).and("owner").is(owner)), ApiKey.class));
    }

    public Optional<ApiKey> find(String id) {
        return Optional.ofNullable(mongo.findById(id, ApiKey.class));
    }

    public List<ApiKey> of(String owner) {
        return mongo.find(Query.query(where("owner").is(owner)).with(Sort.by("_id")), ApiKey.class);
    }

    /** Revokes one of the owner's keys; revoking twice keeps the first time. Empty if there is no such key. */
    public Optional<ApiKey> revoke(String owner, String id) {
        Criteria mine = where("_id").is(id).and("owner").is(owner);
        mongo.updateFirst(
                Query.query(new Criteria().andOperator(mine, where("revokedAt").is(null))),
                Update.update("revokedAt", clock.instant()),
                ApiKey.class);
        return Optional.ofNullable(mongo.findOne(Query.query(mine), ApiKey.class));
    }

    /**
     * Replaces an active key with a new secret of the same name, scopes and expiry; the old secret stops
     * working at once. Only one of two concurrent rotations wins (the other finds the key revoked).
     */
    public Optional<Issued> rotate(String owner, String id) {
        Instant now = clock.instant();
        ApiKey old = mongo.findAndModify(
                Query.query(where("_id")
                        .is(id)
                        .and("owner")
                        .is(owner)
                        .and("revokedAt")
                        .is(null)),
                Update.update("revokedAt", now),
                FindAndModifyOptions.options().returnNew(false),
                ApiKey.class);
        if (old == null || !old.activeAt(now)) {
            return Optional.empty();
        }
        return Optional.of(issue(owner, old.name(), old.scopes(), old.expiresAt()));
    }

    /** Revokes every key of a user, e.g. when an admin disables them. */
    public void revokeAll(String owner) {
        mongo.updateMulti(
                Query.query(where("owner").is(owner).and("revokedAt").is(null)),
                Update.update("revokedAt", clock.instant()),
                ApiKey.class);
    }

    public static boolean looksLikeKey(String secret) {
        return secret != null
                && secret.startsWith(SECRET_PREFIX)
                && secret.length() >= SHOWN_PREFIX_LENGTH + 16
                && secret.length() <= 200
                && secret.chars().allMatch(c -> c < 128 && (Character.isLetterOrDigit(c) || c == '_' || c == '-'));
    }

    private static String hash(String secret) {
        return Tokens.sha256(secret);
    }

    private static String newSecret() {
        return SECRET_PREFIX + Tokens.random(SECRET_BYTES);
    }
}
