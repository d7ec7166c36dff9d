package dev.artgen.infra.openai;

import dev.artgen.infra.openai.ImageRequest.InputImage;
import dev.artgen.infra.openai.ImageRequest.Operation;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * What each OpenAI image model accepts (sizes, qualities, n, formats, per-family parameters), applied to a request:
 * either a fully resolved request with every default filled in, or the 400 OpenAI would answer.
 */
final class ModelRules {

    /** Models that share one set of rules. */
    enum Family {
        GPT_IMAGE,
        DALL_E_2,
        DALL_E_3
    }

    /** The image models openai-java's {@code ImageModel} knows; other {@code gpt-image-*} names are accepted too. */
    static final List<String> KNOWN_MODELS = List.of(
            "gpt-image-1",
            "gpt-image-1-mini",
            "gpt-image-1.5",
            "gpt-image-2",
            "gpt-image-2-2026-04-21",
            "chatgpt-image-latest",
            "dall-e-2",
            "dall-e-3");

    static final int MAX_N = 10;
    static final int MAX_GPT_IMAGES = 16;
    static final long MAX_DALL_E_FILE = 4L * 1024 * 1024;
    static final long MAX_GPT_FILE = 50L * 1024 * 1024;

    private static final List<String> DALL_E_2_SIZES = List.of("256x256", "512x512", "1024x1024");
    private static final List<String> DALL_E_3_SIZES = List.of("1024x1024", "1792x1024", "1024x1792");
    private static final List<String> GPT_SIZES = List.of("1024x1024", "1536x1024", "1024x1536", "auto");
    private static final List<String> GPT_QUALITIES = List.of("low", "medium", "high", "auto");
    private static final List<String> GPT_2_5_QUALITIES = List.of("low", "medium", "high", "xhigh", "max", "auto");
    private static final Pattern CUSTOM_SIZE = Pattern.compile("(\\d{1,5})x(\\d{1,5})");

    private static final Set<String> GENERATION_FIELDS = Set.of(
            "model",
            "prompt",
            "n",
            "size",
            "quality",
            "style",
            "response_format",
            "background",
            "output_format",
            "output_compression",
            "moderation",
            "user",
            "partial_images",
            "stream");
    private static final Set<String> EDIT_FIELDS = Set.of(
            "model",
            "prompt",
            "n",
            "size",
            "quality",
            "response_format",
            "background",
            "output_format",
            "output_compression",
            "input_fidelity",
            "user",
            "partial_images",
            "stream");
    private static final Set<String> VARIATION_FIELDS = Set.of("model", "n", "size", "response_format", "user");
    private static final Set<String> GPT_ONLY_FIELDS =
            Set.of("background", "moderation", "output_format", "output_compression", "partial_images", "stream");

    private ModelRules() {}

    /**
     * A request with every default applied.
     *
     * @param size the size answered to the client ("auto" resolved)
     * @param quality the quality answered to the client ("auto" resolved)
     * @param renderQuality the local model's detail level: low, medium or high
     * @param background the background answered to gpt-image clients: opaque or transparent
     * @param compression 0..100, used for jpeg
     */
    record Resolved(
            Operation operation,
            String model,
            Family family,
            String prompt,
            int n,
            int width,
            int height,
            String size,
            String quality,
            String renderQuality,
            String style,
            String responseFormat,
            String background,
            String outputFormat,
            int compression,
            String inputFidelity,
            List<InputImage> images,
            List<ImageProbe.Info> imageInfo,
            String user) {}

    static Family family(String model) {
        return switch (model) {
            case "dall-e-2" -> Family.DALL_E_2;
            case "dall-e-3" -> Family.DALL_E_3;
            default -> model.startsWith("gpt-image-") || model.equals("chatgpt-image-latest") ? Family.GPT_IMAGE : null;
        };
    }

    static Resolved resolve(ImageRequest r) {
        Set<String> allowed = switch (r.operation()) {
            case GENERATION -> GENERATION_FIELDS;
            case EDIT -> EDIT_FIELDS;
            case VARIATION -> VARIATION_FIELDS;
        };
        for (String name : r.present()) {
            if (!allowed.contains(name)) {
                throw ApiError.invalid(name, "Unknown parameter: '" + name + "'.", "unknown_parameter");
            }
        }
        if (Boolean.TRUE.equals(r.stream())) {
            throw ApiError.invalid("stream", "streaming not supported by this emulator");
        }
        String model = r.model() != null ? r.model() : defaultModel(r);
        Family family = family(model);
        if (family == null) {
            throw ApiError.invalidValue("model", model, KNOWN_MODELS);
        }
        if (r.operation() == Operation.EDIT && family == Family.DALL_E_3) {
            throw ApiError.invalidValue(
                    "model",
                    model,
                    KNOWN_MODELS.stream().filter(m -> !m.equals("dall-e-3")).toList());
        }
        if (r.operation() == Operation.VARIATION && family != Family.DALL_E_2) {
            throw ApiError.invalidValue("model", model, List.of("dall-e-2"));
        }
        boolean gpt = family == Family.GPT_IMAGE;
        String prompt = r.operation() == Operation.VARIATION ? null : prompt(r.prompt(), family);
        int n = n(r.n(), family);

        int[] dimensions = new int[2];
        String size = size(r.size(), model, family, dimensions);
        String[] qualities = quality(r.quality(), model, family);
        String style = style(r.style(), family);
        String responseFormat = responseFormat(r.responseFormat(), family);

        if (!gpt) {
            notForDallE("background", r.background(), "auto");
            notForDallE("output_format", r.outputFormat(), "png");
            notForDallE("moderation", r.moderation(), "auto");
            if (r.outputCompression() != null && r.outputCompression() != 100) {
                throw ApiError.onlyFor("output_compression", "the GPT image models");
            }
            notForDallE("input_fidelity", r.inputFidelity(), null);
        }
        String outputFormat = oneOf("output_format", r.outputFormat(), List.of("png", "jpeg", "webp"), "png");
        String background = oneOf("background", r.background(), List.of("transparent", "opaque", "auto"), "auto");
        oneOf("moderation", r.moderation(), List.of("low", "auto"), "auto");
        if (background.equals("transparent") && outputFormat.equals("jpeg")) {
            throw ApiError.invalid(
                    "background",
                    "Transparent background is not supported for the 'jpeg' output format; use 'png' or 'webp'.");
        }
        if (background.equals("transparent")
                && r.operation() == Operation.EDIT
                && model.startsWith("gpt-image-2")
                && !model.startsWith("gpt-image-2.5")) {
            throw ApiError.invalid("background", "Transparent backgrounds are not supported for " + model + ".");
        }
        int compression = compression(r.outputCompression(), outputFormat);
        if (r.partialImages() != null && (r.partialImages() < 0 || r.partialImages() > 3)) {
            throw range("partial_images", r.partialImages(), 0, 3);
        }
        String inputFidelity = oneOf("input_fidelity", r.inputFidelity(), List.of("high", "low"), "low");
        if (r.inputFidelity() != null && model.equals("gpt-image-1-mini")) {
            throw ApiError.invalid(
                    "input_fidelity", "The 'input_fidelity' parameter is not supported for " + model + ".");
        }
        List<ImageProbe.Info> infos = images(r, family);
        return new Resolved(
                r.operation(),
                model,
                family,
                prompt,
                n,
                dimensions[0],
                dimensions[1],
                size,
                qualities[0],
                qualities[1],
                style,
                responseFormat,
                background.equals("transparent") ? "transparent" : "opaque",
                outputFormat,
                compression,
                inputFidelity,
                r.images(),
                infos,
                r.user());
    }

    /** OpenAI picks dall-e-2 for generations unless a GPT-image-only field is used; edits default to gpt-image-1.5. */
    private static String defaultModel(ImageRequest r) {
        return switch (r.operation()) {
            case GENERATION -> r.present().stream().anyMatch(GPT_ONLY_FIELDS::contains) ? "gpt-image-1" : "dall-e-2";
            case EDIT -> "gpt-image-1.5";
            case VARIATION -> "dall-e-2";
        };
    }

    private static String prompt(String prompt, Family family) {
        if (prompt == null) {
            throw ApiError.missing("prompt");
        }
        if (prompt.isEmpty()) {
            throw ApiError.invalid(
                    "prompt",
                    "Invalid 'prompt': empty string. Expected a string with minimum length 1, but got an empty string"
                            + " instead.",
                    "empty_string");
        }
        int max = switch (family) {
            case GPT_IMAGE -> 32_000;
            case DALL_E_2 -> 1_000;
            case DALL_E_3 -> 4_000;
        };
        int length = prompt.codePointCount(0, prompt.length());
        if (length > max) {
            throw ApiError.invalid(
                    "prompt",
                    "Invalid 'prompt': string too long. Expected a string with maximum length " + max
                            + ", but got a string with length " + length + " instead.",
                    "string_above_max_length");
        }
        return prompt;
    }

    private static int n(Integer n, Family family) {
        if (n == null) {
            return 1;
        }
        if (n < 1 || n > MAX_N) {
            throw range("n", n, 1, MAX_N);
        }
        if (family == Family.DALL_E_3 && n != 1) {
            throw ApiError.invalid("n", "Invalid 'n': dall-e-3 only supports n=1.", "invalid_value");
        }
        return n;
    }

    private static ApiError range(String param, int value, int min, int max) {
        return value < min
                ? ApiError.invalid(
                        param,
                        "Invalid '" + param + "': integer below minimum value. Expected a value >= " + min
                                + ", but got " + value + " instead.",
                        "integer_below_min_value")
                : ApiError.invalid(
                        param,
                        "Invalid '" + param + "': integer above maximum value. Expected a value <= " + max
                                + ", but got " + value + " instead.",
                        "integer_above_max_value");
    }

    private static String size(String requested, String model, Family family, int[] out) {
        List<String> sizes = switch (family) {
            case DALL_E_2 -> DALL_E_2_SIZES;
            case DALL_E_3 -> DALL_E_3_SIZES;
            case GPT_IMAGE -> GPT_SIZES;
        };
        String size = requested != null ? requested : (family == Family.GPT_IMAGE ? "auto" : "1024x1024");
        if (size.equals("auto") && family == Family.GPT_IMAGE) {
            size = "1024x1024"; // the emulator's choice for "auto"; OpenAI picks per prompt
        } else if (!sizes.contains(size)) {
            if (!(model.startsWith("gpt-image-2") && customSizeAllowed(size))) {
                throw ApiError.invalidValue("size", size, sizes);
            }
        }
        String[] wh = size.split("x");
        out[0] = Integer.parseInt(wh[0]);
        out[1] = Integer.parseInt(wh[1]);
        return size;
    }

    /** gpt-image-2: any WxH with both edges divisible by 16, aspect ratio within 1:3..3:1, at most 3840x2160. */
    private static boolean customSizeAllowed(String size) {
        Matcher m = CUSTOM_SIZE.matcher(size);
        if (!m.matches()) {
            return false;
        }
        int w = Integer.parseInt(m.group(1));
        int h = Integer.parseInt(m.group(2));
        if (w < 16 || h < 16 || w % 16 != 0 || h % 16 != 0) {
            throw ApiError.invalid(
                    "size", "Invalid 'size': width and height must both be divisible by 16.", "invalid_value");
        }
        if (Math.max(w, h) > 3 * Math.min(w, h)) {
            throw ApiError.invalid(
                    "size", "Invalid 'size': the aspect ratio must be between 1:3 and 3:1.", "invalid_value");
        }
        if (Math.max(w, h) > 3840 || (long) w * h > 3840L * 2160) {
            throw ApiError.invalid(
                    "size", "Invalid 'size': the maximum supported resolution is 3840x2160.", "invalid_value");
        }
        return true;
    }

    /** Returns {answered quality, local render quality}. */
    private static String[] quality(String requested, String model, Family family) {
        return switch (family) {
            case GPT_IMAGE -> {
                String q = oneOf(
                        "quality",
                        requested,
                        model.startsWith("gpt-image-2.5") ? GPT_2_5_QUALITIES : GPT_QUALITIES,
                        "auto");
                String answered = q.equals("auto") ? "medium" : q;
                yield new String[] {answered, answered.equals("xhigh") || answered.equals("max") ? "high" : answered};
            }
            case DALL_E_3 -> {
                String q = oneOf("quality", requested, List.of("standard", "hd", "auto"), "standard");
                yield new String[] {q.equals("auto") ? "standard" : q, q.equals("hd") ? "high" : "medium"};
            }
            case DALL_E_2 -> {
                String q = oneOf("quality", requested, List.of("standard", "auto"), "standard");
                yield new String[] {q.equals("auto") ? "standard" : q, "medium"};
            }
        };
    }

    private static String style(String style, Family family) {
        if (family != Family.DALL_E_3) {
            if (style != null) {
                throw ApiError.onlyFor("style", "dall-e-3");
            }
            return null;
        }
        return oneOf("style", style, List.of("vivid", "natural"), "vivid");
    }

    private static String responseFormat(String format, Family family) {
        if (family == Family.GPT_IMAGE) {
            if (format != null && !format.equals("b64_json")) {
                throw ApiError.invalid(
                        "response_format",
                        "The 'response_format' parameter is not supported for the GPT image models, which always"
                                + " return base64-encoded images ('b64_json').",
                        "unsupported_parameter");
            }
            return "b64_json";
        }
        return oneOf("response_format", format, List.of("url", "b64_json"), "url");
    }

    private static int compression(Integer compression, String outputFormat) {
        if (compression == null) {
            return 100;
        }
        if (compression < 0 || compression > 100) {
            throw range("output_compression", compression, 0, 100);
        }
        if (outputFormat.equals("png") && compression < 100) {
            throw ApiError.invalid(
                    "output_compression", "Compression less than 100 is not supported for PNG output format.");
        }
        return compression;
    }

    private static void notForDallE(String param, String value, String tolerated) {
        // The default value is tolerated so that a client which always sends, say, background=auto keeps working.
        if (value != null && !value.equals(tolerated)) {
            throw ApiError.onlyFor(param, "the GPT image models");
        }
    }

    private static String oneOf(String param, String value, List<String> allowed, String fallback) {
        if (value == null) {
            return fallback;
        }
        if (!allowed.contains(value)) {
            throw ApiError.invalidValue(param, value, allowed);
        }
        return value;
    }

    private static List<ImageProbe.Info> images(ImageRequest r, Family family) {
        if (r.operation() == Operation.GENERATION) {
            return List.of();
        }
        List<InputImage> images = r.images();
        if (images.isEmpty()) {
            throw ApiError.missing("image");
        }
        boolean dallE = family != Family.GPT_IMAGE;
        if (dallE && images.size() > 1) {
            throw ApiError.invalid("image", "dall-e-2 accepts only one image.");
        }
        if (!dallE && images.size() > MAX_GPT_IMAGES) {
            throw ApiError.invalid("image", "Too many images: at most " + MAX_GPT_IMAGES + " can be provided.");
        }
        List<ImageProbe.Info> infos = new ArrayList<>();
        for (int i = 0; i < images.size(); i++) {
            InputImage image = images.get(i);
            long max = dallE ? MAX_DALL_E_FILE : MAX_GPT_FILE;
            if (image.bytes().length >= max) {
                throw ApiError.invalid(
                        "image",
                        "Image " + (i + 1) + " is too large: images must be less than " + (max >> 20) + " MB.");
            }
            ImageProbe.Info info = ImageProbe.probe(image.bytes())
                    .orElseThrow(() -> ApiError.invalid(
                            "image",
                            "Invalid image file or mode for image " + (infos.size() + 1)
                                    + ", please check your image file.",
                            "invalid_image_file"));
            if (dallE && (!info.format().equals("png") || info.width() != info.height())) {
                throw ApiError.invalid("image", "Uploaded image must be a PNG and square (width = height).");
            }
            infos.add(info);
        }
        InputImage mask = r.mask();
        if (mask != null) {
            ImageProbe.Info m = ImageProbe.probe(mask.bytes()).orElse(null);
            ImageProbe.Info first = infos.getFirst();
            if (m == null || !m.format().equals("png") || mask.bytes().length >= MAX_DALL_E_FILE) {
                throw ApiError.invalid("mask", "Invalid mask image: the mask must be a PNG file less than 4 MB.");
            }
            if (m.width() != first.width() || m.height() != first.height()) {
                throw ApiError.invalid(
                        "mask",
                        "Invalid mask image: the mask (" + m.width() + "x" + m.height()
                                + ") must have the same dimensions as the image (" + first.width() + "x"
                                + first.height() + ").");
            }
            if (!m.alpha()) {
                throw ApiError.invalid("mask", "Invalid mask image: the mask must have an alpha channel.");
            }
        }
        return List.copyOf(infos);
    }
}
