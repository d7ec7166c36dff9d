package dev.artgen.api.security;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import dev.artgen.api.keys.KeyRevocations;
import dev.artgen.api.keys.Tokens;
import java.time.Clock;
import java.time.Instant;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.stereotype.Component;

/** Browser sessions in MongoDB, so every api instance knows every session. */
@Component
class Sessions implements KeyRevocations {

    private final MongoOperations mongo;
    private final SecurityProperties properties;
    private final Clock clock;

    Sessions(MongoOperations mongo, SecurityProperties properties, Clock clock) {
        this.mongo = mongo;
        this.properties = properties;
        this.clock = clock;
        // MongoDB removes expired sessions by itself; expiry is also checked on every lookup.
        mongo.indexOps(Session.class)
                .createIndex(new Index().on("expiresAt", Sort.Direction.ASC).expire(java.time.Duration.ZERO));
        mongo.indexOps(Session.class).createIndex(new Index().on("keyId", Sort.Direction.ASC));
    }

    /** Opens a session; the answer is the token for the cookie, which is stored nowhere else. */
    String open(String owner, String keyId) {
        String token = Tokens.random(32);
        Instant now = clock.instant();
        // The key's own expiry needs no copy here: every request checks the key behind the session.
        mongo.insert(new Session(hash(token), owner, keyId, now, now.plus(properties.sessionLifetime())));
        return token;
    }

    Optional<Session> find(String token) {
        if (token == null || token.isEmpty() || token.length() > 100) {
            return Optional.empty();
        }
        Session session = mongo.findById(hash(token), Session.class);
        return Optional.ofNullable(session).filter(s -> clock.instant().isBefore(s.expiresAt()));
    }

    /** Ends every session opened with this key, e.g. when the key is revoked. */
    @Override
    public void endSessions(String keyId) {
        mongo.remove(Query.query(where("keyId").is(keyId)), Session.class);
    }

    void close(String token) {
        if (token != null && token.length() <= 100) {
            mongo.remove(Query.query(where("_id").is(hash(token))), Session.class);
        }
    }

    private static String hash(String token) {
        return Tokens.sha256(token);
    }
}
