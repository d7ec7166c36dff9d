package dev.artgen.common.webhook;

import java.security.SecureRandom;
import java.time.Duration;
import java.time.Instant;
import java.util.Base64;
import java.util.List;

/**
 * The {@code whsec_} secrets that sign deliveries. After a rotation the previous secret keeps signing
 * beside the new one until {@code previousUntil}, so receivers can switch over without losing a call.
 */
public record SigningSecrets(String current, String previous, Instant previousUntil) {

    public static final String PREFIX = "whsec_";
    private static final SecureRandom RANDOM = new SecureRandom();

    public static SigningSecrets generate() {
        return new SigningSecrets(newSecret(), null, null);
    }

    /** A new current secret; the old one stays valid for {@code overlap}. */
    public SigningSecrets rotate(Instant now, Duration overlap) {
        return new SigningSecrets(newSecret(), current, now.plus(overlap));
    }

    /** The secrets to sign with at {@code now}: the current one first. */
    public List<String> activeAt(Instant now) {
        if (previous != null && previousUntil != null && now.isBefore(previousUntil)) {
            return List.of(current, previous);
        }
        return List.of(current);
    }

    /** The HMAC key of a secret: the base64 after the prefix. */
    public static byte[] key(String secret) {
        return Base64.getDecoder().decode(secret.substring(PREFIX.length()));
    }

    private static String newSecret() {
        byte[] key = new byte[32];
        RANDOM.nextBytes(key);
        return PREFIX + Base64.getEncoder().encodeToString(key);
    }
}
