package dev.artgen.api.keys;

import java.time.Instant;
import java.util.List;

/** A key as the API shows it: never the secret, except once in {@link Issued}. */
public record KeyView(
        String id,
        String name,
        String prefix,
        List<Scope> scopes,
        String state,
        Instant createdAt,
        Instant expiresAt,
        Instant lastUsedAt,
        Instant revokedAt) {

    public static KeyView of(ApiKey key, Instant now) {
        String state = key.revokedAt() != null ? "revoked" : key.activeAt(now) ? "active" : "expired";
        return new KeyView(
                key.id(),
                key.name(),
                key.prefix(),
                key.scopes().stream().sorted().toList(),
                state,
                key.createdAt(),
                key.expiresAt(),
                key.lastUsedAt(),
                key.revokedAt());
    }

    /** The answer to creating or rotating a key: the only time its secret is shown. */
    public record Issued(KeyView key, String secret) {

        public static Issued of(ApiKeys.Issued issued, Instant now) {
            return new Issued(KeyView.of(issued.key(), now), issued.secret());
        }
    }
}
