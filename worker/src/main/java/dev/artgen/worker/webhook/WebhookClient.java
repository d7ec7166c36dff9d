package dev.artgen.worker.webhook;

import dev.artgen.common.webhook.AddressGuard;
import dev.artgen.common.webhook.WebhookProperties;
import java.io.IOException;
import java.io.InputStream;
import java.io.InterruptedIOException;
import java.net.Proxy;
import java.net.SocketTimeoutException;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.Map;
import okhttp3.Dns;
import okhttp3.HttpUrl;
import okhttp3.MediaType;
import okhttp3.OkHttpClient;
import okhttp3.Request;
import okhttp3.RequestBody;
import okhttp3.Response;
import okhttp3.ResponseBody;

/**
 * Posts one webhook: no redirects followed, no proxy, short timeouts, every address checked at
 * connect time, and at most a capped prefix of the answer read (and only a sanitized start kept).
 */
class WebhookClient {

    private static final MediaType JSON = MediaType.get("application/json");
    private static final int EXCERPT_CHARS = 200;

    private final OkHttpClient http;
    private final int maxResponseBytes;
    private final Clock clock;

    WebhookClient(WebhookProperties properties, AddressGuard guard, Dns resolver, Clock clock) {
        this.http = new OkHttpClient.Builder()
                .dns(GuardedNetwork.dns(guard, resolver))
                .socketFactory(GuardedNetwork.sockets(guard))
                .proxy(Proxy.NO_PROXY)
                .followRedirects(false)
                .followSslRedirects(false)
                .retryOnConnectionFailure(false)
                .connectTimeout(properties.connectTimeout())
                .readTimeout(properties.timeout())
                .writeTimeout(properties.timeout())
                .callTimeout(properties.timeout())
                .build();
        this.maxResponseBytes = (int) Math.min(properties.maxResponseBytes().toBytes(), Integer.MAX_VALUE);
        this.clock = clock;
    }

    CallResult post(String url, Map<String, String> headers, String body) {
        HttpUrl target = HttpUrl.parse(url);
        if (target == null) {
            return new CallResult.NoAnswer("unreachable", "not a valid http(s) URL", 0);
        }
        Request.Builder request = new Request.Builder().url(target).post(RequestBody.create(body, JSON));
        headers.forEach(request::header);
        long start = System.nanoTime();
        try (Response response = http.newCall(request.build()).execute()) {
            String excerpt = excerpt(response.body());
            return new CallResult.Answered(
                    response.code(), retryAfter(response.header("Retry-After")), excerpt, millisSince(start));
        } catch (IOException e) {
            return new CallResult.NoAnswer(kind(e), reason(e), millisSince(start));
        }
    }

    /** Reads at most the cap; the rest is dropped with the connection. */
    private String excerpt(ResponseBody body) throws IOException {
        try (InputStream in = body.byteStream()) {
            byte[] start = in.readNBytes(Math.min(maxResponseBytes, EXCERPT_CHARS * 4));
            return sanitized(new String(start, StandardCharsets.UTF_8));
        }
    }

    /** Printable ASCII only, one line, short: safe to show in a delivery log. */
    static String sanitized(String text) {
        StringBuilder clean = new StringBuilder();
        for (int i = 0; i < text.length() && clean.length() < EXCERPT_CHARS; i++) {
            char c = text.charAt(i);
            clean.append(c >= 0x20 && c < 0x7f ? c : ' ');
        }
        return clean.toString().strip().replaceAll(" {2,}", " ");
    }

    /** Retry-After as seconds or an HTTP date; null when absent or unreadable. */
    private Duration retryAfter(String header) {
        if (header == null || header.isBlank()) {
            return null;
        }
        String value = header.strip();
        if (value.matches("\\d{1,9}")) {
            return Duration.ofSeconds(Long.parseLong(value));
        }
        try {
            Instant at = ZonedDateTime.parse(value, DateTimeFormatter.RFC_1123_DATE_TIME)
                    .toInstant();
            Duration wait = Duration.between(clock.instant(), at);
            return wait.isNegative() ? Duration.ZERO : wait;
        } catch (DateTimeParseException e) {
            return null;
        }
    }

    private static String kind(IOException e) {
        if (refusalIn(e) != null) {
            return "address_refused";
        }
        return e instanceof SocketTimeoutException || e instanceof InterruptedIOException ? "timeout" : "unreachable";
    }

    private static String reason(IOException e) {
        Throwable refusal = refusalIn(e);
        Throwable shown = refusal != null ? refusal : e;
        return sanitized(shown.getMessage() == null ? shown.getClass().getSimpleName() : shown.getMessage());
    }

    /** The guard's refusal among the causes: OkHttp may wrap it, or keep it as a suppressed route failure. */
    private static Throwable refusalIn(Throwable e) {
        for (Throwable cause = e; cause != null; cause = cause.getCause()) {
            if (cause instanceof GuardedNetwork.AddressRefused || cause instanceof GuardedNetwork.NameRefused) {
                return cause;
            }
            for (Throwable suppressed : cause.getSuppressed()) {
                Throwable found = refusalIn(suppressed);
                if (found != null) {
                    return found;
                }
            }
        }
        return null;
    }

    private static long millisSince(long start) {
        return (System.nanoTime() - start) / 1_000_000;
    }
}
