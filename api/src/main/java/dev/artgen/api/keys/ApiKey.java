package dev.artgen.api.keys;

import java.time.Instant;
import java.util.Set;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * An API key as stored: never the secret itself, only its SHA-256. The secret has 256 random bits,
 * so a fast hash is enough (no dictionary to guard against), and lookups go straight by hash.
 *
 * @param id {@code key_} + an ObjectId; what the API and the keys page call the key
 * @param prefix the secret's first characters, so people can tell their keys apart
 * @param hash hex SHA-256 of the whole secret
 * @param expiresAt null for a key that does not expire
 */
@Document("api_keys")
public record ApiKey(
        @Id String id,
        String owner,
        String name,
        String prefix,
        String hash,
        Set<Scope> scopes,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    static String newId() {
        return "key_" + new ObjectId().toHexString();
    }

    /** Usable now: neither revoked nor expired. */
    public boolean activeAt(Instant now) {
        return revokedAt == null && (expiresAt == null || now.isBefore(expiresAt));
    }
}
