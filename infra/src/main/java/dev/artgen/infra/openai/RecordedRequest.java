package dev.artgen.infra.openai;

import java.time.Instant;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * One request as it arrived on the wire, for tests to assert what a client sent.
 *
 * @param requestId the {@code x-request-id} the emulator answered with
 * @param headers header names in lower case; {@code authorization} is redacted to the scheme and a masked key
 * @param json the parsed body of a JSON request, else null
 * @param parts the parts of a multipart request (files described, not kept), else empty
 * @param status the status answered, or 0 while the request is still being served (or was dropped unanswered)
 */
public record RecordedRequest(
        String requestId,
        Instant receivedAt,
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String contentType,
        long bodySize,
        JsonNode json,
        List<RecordedPart> parts,
        int status) {

    public RecordedRequest {
        headers = Map.copyOf(headers);
        parts = List.copyOf(parts);
    }

    /** One multipart part: a text field (with its value) or a file (with its size only). */
    public record RecordedPart(String name, String filename, String contentType, long size, String value) {

        public boolean isFile() {
            return value == null;
        }
    }

    public Optional<String> header(String name) {
        List<String> values = headers.get(name.toLowerCase(Locale.ROOT));
        return values == null || values.isEmpty() ? Optional.empty() : Optional.of(values.getFirst());
    }

    /** All parts named {@code name} ("image[]" repeats once per image). */
    public List<RecordedPart> parts(String name) {
        return parts.stream().filter(p -> p.name().equals(name)).toList();
    }

    /** A multipart text field's value. */
    public Optional<String> field(String name) {
        return parts(name).stream()
                .filter(p -> !p.isFile())
                .map(RecordedPart::value)
                .findFirst();
    }

    RecordedRequest withStatus(int answered) {
        return new RecordedRequest(
                requestId, receivedAt, method, path, query, headers, contentType, bodySize, json, parts, answered);
    }

    ObjectNode toJson(JsonMapper mapper) {
        ObjectNode o = mapper.createObjectNode();
        o.put("request_id", requestId);
        o.put("received_at", receivedAt.toString());
        o.put("method", method);
        o.put("path", path);
        o.put("query", query);
        ObjectNode h = o.putObject("headers");
        headers.forEach((name, values) -> {
            ArrayNode a = h.putArray(name);
            values.forEach(a::add);
        });
        o.put("content_type", contentType);
        o.put("body_size", bodySize);
        o.set("json", json);
        ArrayNode a = o.putArray("parts");
        for (RecordedPart p : parts) {
            ObjectNode po = a.addObject();
            po.put("name", p.name());
            po.put("filename", p.filename());
            po.put("content_type", p.contentType());
            po.put("size", p.size());
            if (p.value() != null) {
                po.put("value", p.value());
            }
        }
        o.put("status", status);
        return o;
    }
}
