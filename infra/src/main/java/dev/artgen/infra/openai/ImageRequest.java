package dev.artgen.infra.openai;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * An image request as the client sent it, before the model's rules are applied: absent fields are null.
 *
 * @param present the names of all fields sent, so defaults that depend on "was a GPT-image-only field used" can be
 *     decided the way OpenAI decides them
 */
record ImageRequest(
        Operation operation,
        String model,
        String prompt,
        Integer n,
        String size,
        String quality,
        String style,
        String responseFormat,
        String background,
        String outputFormat,
        Integer outputCompression,
        String moderation,
        String inputFidelity,
        Integer partialImages,
        Boolean stream,
        String user,
        List<InputImage> images,
        InputImage mask,
        Set<String> present) {

    /** Which image endpoint a request came to. */
    enum Operation {
        GENERATION,
        EDIT,
        VARIATION
    }

    /** An uploaded file: the image(s) to edit or vary, or a mask. */
    record InputImage(String field, String filename, String contentType, byte[] bytes) {}

    static ImageRequest fromJson(RequestFields f) {
        return of(Operation.GENERATION, f, List.of(), null, Set.copyOf(f.names()));
    }

    static ImageRequest fromMultipart(Operation operation, List<Multipart.Part> parts) {
        Map<String, String> fields = new LinkedHashMap<>();
        List<InputImage> images = new ArrayList<>();
        InputImage mask = null;
        for (Multipart.Part p : parts) {
            if (p.isFile()) {
                InputImage file = new InputImage(p.name(), p.filename(), p.contentType(), p.bytes());
                switch (p.name()) {
                    case "image", "image[]" -> images.add(file);
                    case "mask" -> mask = file;
                    default -> throw ApiError.invalid(p.name(), "Unexpected file field '" + p.name() + "'.");
                }
            } else {
                fields.put(p.name(), p.text());
            }
        }
        RequestFields f = RequestFields.ofForm(fields);
        return of(operation, f, images, mask, Set.copyOf(fields.keySet()));
    }

    /** The same fields whether they came as JSON or as form parts. */
    private static ImageRequest of(
            Operation operation, RequestFields f, List<InputImage> images, InputImage mask, Set<String> present) {
        return new ImageRequest(
                operation,
                f.string("model"),
                f.string("prompt"),
                f.integer("n"),
                f.string("size"),
                f.string("quality"),
                f.string("style"),
                f.string("response_format"),
                f.string("background"),
                f.string("output_format"),
                f.integer("output_compression"),
                f.string("moderation"),
                f.string("input_fidelity"),
                f.integer("partial_images"),
                f.bool("stream"),
                f.string("user"),
                images,
                mask,
                present);
    }
}
