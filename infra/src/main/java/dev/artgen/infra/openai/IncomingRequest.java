package dev.artgen.infra.openai;

import java.util.List;
import java.util.Map;
import tools.jackson.databind.JsonNode;

/**
 * A request read off the wire, parsed once: the JSON body or the multipart parts (whichever the content type says),
 * or why they could not be parsed. Both the recorder and the endpoints work from this.
 */
record IncomingRequest(
        String method,
        String path,
        String query,
        Map<String, List<String>> headers,
        String contentType,
        byte[] body,
        JsonNode json,
        ApiError jsonError,
        List<Multipart.Part> parts,
        ApiError multipartError) {}
