package dev.artgen.worker.provider.openai;

import com.openai.errors.OpenAIIoException;
import com.openai.errors.OpenAIServiceException;
import dev.artgen.worker.provider.ProviderFailure;
import java.time.Duration;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * Turns what openai-java throws into ArtGen's two failure families, once: transient ones are worth
 * another attempt, permanent ones end the job with a reason a user can act on and no further paid calls.
 */
final class FailureClassifier {

    // OpenAI echoes part of a wrong key in its message; nothing that looks like a key leaves this class.
    private static final Pattern KEY = Pattern.compile("(sk|key)-[A-Za-z0-9_*\\-]{4,}");

    private FailureClassifier() {}

    static ProviderFailure classify(RuntimeException failure) {
        if (failure instanceof OpenAIServiceException service) {
            return classify(service);
        }
        if (failure instanceof OpenAIIoException io) {
            return new ProviderFailure.Transient(
                    "provider_unreachable",
                    "The image provider did not answer in time: " + redact(io.getMessage()),
                    null);
        }
        return new ProviderFailure.Transient(
                "provider_error", "The image provider call failed: " + redact(failure.getMessage()), null);
    }

    private static ProviderFailure classify(OpenAIServiceException e) {
        int status = e.statusCode();
        String code = e.code().orElse("");
        String message = redact(e.getMessage());
        if (status == 401 || status == 403) {
            return new ProviderFailure.Permanent(
                    "provider_auth",
                    "The image provider refused ArtGen's credentials; an administrator must fix the API key.",
                    null);
        }
        if (status == 429 && code.equals("insufficient_quota")) {
            return new ProviderFailure.Permanent(
                    "insufficient_quota",
                    "The image provider account has no quota left; no further attempts will be made.",
                    null);
        }
        if (status == 429) {
            return new ProviderFailure.Transient(
                    "rate_limited", "The image provider is rate limiting requests.", null, retryAfter(e));
        }
        if (status == 408 || status == 409 || status >= 500) {
            return new ProviderFailure.Transient(
                    "upstream_error", "The image provider answered " + status + "; retrying.", null, retryAfter(e));
        }
        if (isContentPolicy(code, message)) {
            return new ProviderFailure.Permanent(
                    "content_policy", "The image provider refused this prompt under its content policy.", null);
        }
        return new ProviderFailure.Permanent(
                "provider_rejected", "The image provider rejected the request (" + status + "): " + message, null);
    }

    private static boolean isContentPolicy(String code, String message) {
        String lower = (code + " " + message).toLowerCase(Locale.ROOT);
        return lower.contains("moderation_blocked")
                || lower.contains("content_policy")
                || lower.contains("safety system");
    }

    /** Retry-After as OpenAI sends it: milliseconds in retry-after-ms, else seconds in retry-after. */
    static Duration retryAfter(OpenAIServiceException e) {
        return header(e, "retry-after-ms")
                .flatMap(FailureClassifier::number)
                .map(Duration::ofMillis)
                .or(() -> header(e, "retry-after")
                        .flatMap(FailureClassifier::number)
                        .map(Duration::ofSeconds))
                .orElse(Duration.ZERO);
    }

    private static Optional<String> header(OpenAIServiceException e, String name) {
        return e.headers().values(name).stream().findFirst();
    }

    private static Optional<Long> number(String value) {
        try {
            return Optional.of((long) Math.ceil(Double.parseDouble(value.strip())));
        } catch (NumberFormatException notANumber) {
            return Optional.empty();
        }
    }

    static String redact(String message) {
        return message == null ? "" : KEY.matcher(message).replaceAll("[redacted]");
    }
}
