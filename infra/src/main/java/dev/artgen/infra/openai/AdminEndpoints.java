package dev.artgen.infra.openai;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/**
 * The emulator's own control surface under {@code /_emulator/}: change faults between requests, reset, and read the
 * recorded requests. No authentication: it is a test tool bound to loopback by default.
 */
final class AdminEndpoints {

    static final String PREFIX = "/_emulator/";

    /** An admin answer. */
    record Answer(int status, JsonNode body) {}

    private final JsonMapper json;
    private final OpenAiEmulator emulator;

    AdminEndpoints(JsonMapper json, OpenAiEmulator emulator) {
        this.json = json;
        this.emulator = emulator;
    }

    Answer handle(IncomingRequest in) {
        String route = in.method() + " " + in.path().substring(PREFIX.length() - 1);
        return switch (route) {
            case "GET /faults" -> new Answer(200, emulator.faultsJson());
            case "POST /faults", "PUT /faults" -> updateFaults(in);
            case "POST /reset" -> {
                emulator.reset();
                yield new Answer(200, emulator.faultsJson());
            }
            case "GET /requests" -> {
                ArrayNode list = json.createArrayNode();
                emulator.requests().forEach(r -> list.add(r.toJson(json)));
                yield new Answer(200, list);
            }
            case "DELETE /requests" -> {
                emulator.clearRequests();
                yield new Answer(200, json.createArrayNode());
            }
            case "GET /health" -> new Answer(200, json.createObjectNode().put("status", "ok"));
            default -> new Answer(404, error("No such emulator endpoint: " + in.method() + " " + in.path()));
        };
    }

    private Answer updateFaults(IncomingRequest in) {
        JsonNode body;
        try {
            body = json.readTree(in.body());
        } catch (JacksonException e) {
            return new Answer(400, error("The body must be a JSON object of fault settings."));
        }
        if (body == null || !body.isObject()) {
            return new Answer(400, error("The body must be a JSON object of fault settings."));
        }
        try {
            emulator.faults(emulator.currentFaults().merge(body));
        } catch (IllegalArgumentException e) {
            return new Answer(400, error(e.getMessage()));
        }
        return new Answer(200, emulator.faultsJson());
    }

    private ObjectNode error(String message) {
        return new ApiError(400, message, ApiError.INVALID_REQUEST, null, null).body(json);
    }
}
