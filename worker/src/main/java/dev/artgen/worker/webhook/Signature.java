package dev.artgen.worker.webhook;

import dev.artgen.common.webhook.SigningSecrets;
import java.nio.charset.StandardCharsets;
import java.security.GeneralSecurityException;
import java.util.Base64;
import java.util.List;
import java.util.stream.Collectors;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;

/**
 * The Standard Webhooks {@code webhook-signature} header: {@code v1,} and the base64 HMAC-SHA256 of
 * {@code id.timestamp.body}, once per active secret, separated by spaces.
 */
final class Signature {

    private Signature() {}

    static String header(String id, long timestampSeconds, String body, List<String> secrets) {
        String signed = id + "." + timestampSeconds + "." + body;
        return secrets.stream().map(secret -> "v1," + hmac(secret, signed)).collect(Collectors.joining(" "));
    }

    private static String hmac(String secret, String content) {
        try {
            Mac mac = Mac.getInstance("HmacSHA256");
            mac.init(new SecretKeySpec(SigningSecrets.key(secret), "HmacSHA256"));
            return Base64.getEncoder().encodeToString(mac.doFinal(content.getBytes(StandardCharsets.UTF_8)));
        } catch (GeneralSecurityException e) {
            throw new IllegalStateException("HmacSHA256 is part of every JDK", e);
        }
    }
}
