package dev.artgen.api.security;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * A browser's sign-in. The cookie holds a random token; only its SHA-256 is stored (as the id), so a
 * copy of the database signs no one in. A session lives as long as the key it was opened with.
 */
@Document("sessions")
record Session(@Id String hash, String owner, String keyId, Instant createdAt, Instant expiresAt) {}
