package dev.artgen.infra.system;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** A plain HTTP client for system tests: what a user's program would send, nothing Spring in between. */
final class Http {

    static final JsonMapper JSON = JsonMapper.builder().build();

    private static final HttpClient CLIENT =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();

    private final URI base;
    private final Map<String, String> headers;

    Http(URI base) {
        this(base, Map.of());
    }

    private Http(URI base, Map<String, String> headers) {
        this.base = base;
        this.headers = headers;
    }

    /** The same client sending {@code name: value} on every request as well. */
    Http withHeader(String name, String value) {
        Map<String, String> more = new java.util.LinkedHashMap<>(headers);
        more.put(name, value);
        return new Http(base, Map.copyOf(more));
    }

    /** The same client authenticating with {@code key}. */
    Http withKey(String key) {
        return withHeader("Authorization", "Bearer " + key);
    }

    /** The same client with no headers of its own: an anonymous caller. */
    Http anonymous() {
        return new Http(base, Map.of());
    }

    /** The Authorization header this client sends, for tests that open a WebSocket themselves. */
    String authorization() {
        return headers.get("Authorization");
    }

    URI base() {
        return base;
    }

    /** A response with its body as bytes, readable as JSON when it is JSON. */
    record Response(int status, Map<String, List<String>> headers, byte[] body) {

        JsonNode json() {
            return JSON.readTree(body);
        }

        String header(String name) {
            return headers.entrySet().stream()
                    .filter(e -> e.getKey().equalsIgnoreCase(name))
                    .findFirst()
                    .map(e -> e.getValue().getFirst())
                    .orElse(null);
        }

        String text() {
            return new String(body, java.nio.charset.StandardCharsets.UTF_8);
        }
    }

    Response get(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).GET());
    }

    Response delete(String path) {
        return send(HttpRequest.newBuilder(base.resolve(path)).DELETE());
    }

    /** A JSON POST with extra headers, given as name, value, name, value… */
    Response postJson(String path, String json, String... headers) {
        var request = HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json));
        for (int i = 0; i < headers.length; i += 2) {
            request.header(headers[i], headers[i + 1]);
        }
        return send(request);
    }

    Response putJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .PUT(HttpRequest.BodyPublishers.ofString(json)));
    }

    Response post(String path, String contentType, String body) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", contentType)
                .POST(HttpRequest.BodyPublishers.ofString(body)));
    }

    /**
     * A multipart/form-data POST with one file part, as browsers and curl -F send it. The body is
     * built here, byte for byte, so a test can send any name, filename, type and content.
     */
    Response postMultipart(String path, String partName, String filename, String contentType, byte[] content) {
        String boundary = "artgen-test-" + java.util.UUID.randomUUID();
        String head = "--" + boundary + "\r\n" + "Content-Disposition: form-data; name=\"" + partName + "\""
                + (filename == null ? "" : "; filename=\"" + filename + "\"") + "\r\n"
                + (contentType == null ? "" : "Content-Type: " + contentType + "\r\n") + "\r\n";
        String tail = "\r\n--" + boundary + "--\r\n";
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.concat(
                        HttpRequest.BodyPublishers.ofString(head),
                        HttpRequest.BodyPublishers.ofByteArray(content),
                        HttpRequest.BodyPublishers.ofString(tail))));
    }

    String json(Object value) {
        return JSON.writeValueAsString(value);
    }

    Response patchJson(String path, String json) {
        return send(HttpRequest.newBuilder(base.resolve(path))
                .header("Content-Type", "application/json")
                .method("PATCH", HttpRequest.BodyPublishers.ofString(json)));
    }

    private Response send(HttpRequest.Builder request) {
        headers.forEach(request::setHeader);
        try {
            HttpResponse<byte[]> response = CLIENT.send(
                    request.timeout(Duration.ofSeconds(30)).build(), HttpResponse.BodyHandlers.ofByteArray());
            return new Response(response.statusCode(), response.headers().map(), response.body());
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            throw new IllegalStateException(e);
        }
    }
}
