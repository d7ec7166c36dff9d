package dev.artgen.infra.openai;

import dev.artgen.infra.openai.ImageRequest.Operation;
import java.time.Clock;
import java.util.Base64;
import java.util.List;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;

/** The three image endpoints: turns a parsed request into a checked one, and pictures into OpenAI's answer. */
final class ImageEndpoints {

    private final JsonMapper json;
    private final PictureRenderer renderer;
    private final HostedImages hosted;
    private final Clock clock;

    ImageEndpoints(JsonMapper json, PictureRenderer renderer, HostedImages hosted, Clock clock) {
        this.json = json;
        this.renderer = renderer;
        this.hosted = hosted;
        this.clock = clock;
    }

    /** The operation served at a {@code /v1} path, or null for paths that are not image endpoints. */
    static Operation operation(String path) {
        return switch (path) {
            case "/v1/images/generations" -> Operation.GENERATION;
            case "/v1/images/edits" -> Operation.EDIT;
            case "/v1/images/variations" -> Operation.VARIATION;
            default -> null;
        };
    }

    /** Reads and checks a request; everything OpenAI would refuse comes back as an {@link ApiError}. */
    ModelRules.Resolved check(Operation operation, IncomingRequest in) {
        ImageRequest request;
        if (operation == Operation.GENERATION) {
            if (in.jsonError() != null) {
                throw in.jsonError();
            }
            if (in.json() == null) {
                throw ApiError.invalid(
                        null,
                        "We could not parse the JSON body of your request. (HINT: This likely means you aren't using"
                                + " your HTTP library correctly. The OpenAI API expects a JSON payload, but what was"
                                + " sent was not valid JSON.)");
            }
            request = ImageRequest.fromJson(RequestFields.ofJson(in.json()));
        } else {
            if (in.multipartError() != null) {
                throw in.multipartError();
            }
            if (in.parts() == null) {
                throw ApiError.invalid(
                        null, "Invalid Content-Type header (" + in.contentType() + "), expected multipart/form-data.");
            }
            request = ImageRequest.fromMultipart(operation, in.parts());
        }
        return ModelRules.resolve(request);
    }

    /** Renders the pictures and builds the answer body. */
    ObjectNode answer(ModelRules.Resolved r, String origin) throws InterruptedException {
        List<PictureRenderer.Picture> pictures = renderer.render(r);
        ObjectNode body = json.createObjectNode();
        body.put("created", clock.instant().getEpochSecond());
        boolean gpt = r.family() == ModelRules.Family.GPT_IMAGE;
        if (gpt) {
            body.put("background", r.background());
        }
        ArrayNode data = body.putArray("data");
        for (PictureRenderer.Picture p : pictures) {
            ObjectNode item = data.addObject();
            if (r.responseFormat().equals("url")) {
                item.put("url", origin + hosted.host(p));
            } else {
                item.put("b64_json", Base64.getEncoder().encodeToString(p.bytes()));
            }
            if (r.family() == ModelRules.Family.DALL_E_3) {
                item.put("revised_prompt", revisedPrompt(r));
            }
        }
        if (gpt) {
            body.put("output_format", r.outputFormat());
            body.put("quality", r.quality());
            body.put("size", r.size());
            TokenUsage usage = TokenUsage.of(r);
            ObjectNode u = body.putObject("usage");
            u.put("input_tokens", usage.inputTokens());
            ObjectNode details = u.putObject("input_tokens_details");
            details.put("image_tokens", usage.imageTokens());
            details.put("text_tokens", usage.textTokens());
            u.put("output_tokens", usage.outputTokens());
            u.put("total_tokens", usage.totalTokens());
        }
        return body;
    }

    /** dall-e-3 rewrites every prompt; the emulator's rewrite is predictable so tests can recognise it. */
    static String revisedPrompt(ModelRules.Resolved r) {
        String tone = "natural".equals(r.style())
                ? "rendered in a natural, realistic style"
                : "rendered in a vivid, dramatic style";
        return r.prompt().strip() + ", " + tone + ".";
    }
}
