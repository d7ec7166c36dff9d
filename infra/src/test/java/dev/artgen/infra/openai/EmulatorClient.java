package dev.artgen.infra.openai;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** Talks to the emulator the way openai-java does (bearer key, JSON or multipart bodies), built on the JDK client. */
final class EmulatorClient {

    static final JsonMapper JSON = JsonMapper.builder().build();

    /** One multipart field: text when {@code bytes} is null. */
    record FormPart(String name, String value, String filename, String contentType, byte[] bytes) {

        static FormPart text(String name, String value) {
            return new FormPart(name, value, null, null, null);
        }

        static FormPart file(String name, String filename, String contentType, byte[] bytes) {
            return new FormPart(name, null, filename, contentType, bytes);
        }
    }

    /** An answer with its body parsed (when it is JSON). */
    record Answer(int status, HttpResponse<byte[]> raw, JsonNode json) {

        String header(String name) {
            return raw.headers().firstValue(name).orElse(null);
        }

        JsonNode error() {
            return json.get("error");
        }
    }

    private final HttpClient http =
            HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    private final URI root;
    private final String apiKey;

    EmulatorClient(OpenAiEmulator emulator, String apiKey) {
        this.root = URI.create(emulator.baseUrl().toString().replaceFirst("/v1$", ""));
        this.apiKey = apiKey;
    }

    Answer postJson(String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    Answer postMultipart(String path, List<FormPart> parts) throws IOException, InterruptedException {
        String boundary = UUID.randomUUID().toString();
        ByteArrayOutputStream body = new ByteArrayOutputStream();
        for (FormPart p : parts) {
            body.writeBytes(("--" + boundary + "\r\n").getBytes(StandardCharsets.UTF_8));
            String disposition = "Content-Disposition: form-data; name=\"" + p.name() + "\"";
            if (p.filename() != null) {
                disposition += "; filename=\"" + p.filename() + "\"";
            }
            body.writeBytes((disposition + "\r\n").getBytes(StandardCharsets.UTF_8));
            String type = p.bytes() == null ? "text/plain; charset=utf-8" : p.contentType();
            body.writeBytes(("Content-Type: " + type + "\r\n\r\n").getBytes(StandardCharsets.UTF_8));
            body.writeBytes(p.bytes() == null ? p.value().getBytes(StandardCharsets.UTF_8) : p.bytes());
            body.writeBytes("\r\n".getBytes(StandardCharsets.UTF_8));
        }
        body.writeBytes(("--" + boundary + "--\r\n").getBytes(StandardCharsets.UTF_8));
        HttpRequest.Builder request = request(path)
                .header("Content-Type", "multipart/form-data; boundary=" + boundary)
                .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
        return send(request);
    }

    Answer get(String pathOrUrl) throws IOException, InterruptedException {
        return send(request(pathOrUrl).GET());
    }

    Answer admin(String method, String path, String body) throws IOException, InterruptedException {
        HttpRequest.Builder request = HttpRequest.newBuilder(root.resolve(path))
                .header("Content-Type", "application/json")
                .method(
                        method,
                        body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        return send(request);
    }

    private HttpRequest.Builder request(String pathOrUrl) {
        URI uri = pathOrUrl.startsWith("http") ? URI.create(pathOrUrl) : root.resolve(pathOrUrl);
        HttpRequest.Builder b = HttpRequest.newBuilder(uri).timeout(Duration.ofSeconds(60));
        if (apiKey != null) {
            b.header("Authorization", "Bearer " + apiKey);
        }
        return b;
    }

    private Answer send(HttpRequest.Builder request) throws IOException, InterruptedException {
        HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
        String type = response.headers().firstValue("Content-Type").orElse("");
        JsonNode json = type.startsWith("application/json") && response.body().length > 0
                ? JSON.readTree(response.body())
                : null;
        return new Answer(response.statusCode(), response, json);
    }

    HttpClient http() {
        return http;
    }
}
