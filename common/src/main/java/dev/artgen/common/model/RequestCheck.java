package dev.artgen.common.model;

import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.InputImage;
import dev.artgen.common.job.Operation;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a job against its model and fills in the model's defaults. Returns every problem at once,
 * each naming the field and the values that would have been accepted.
 */
public final class RequestCheck {

    // OpenAI's limit for a mask, whatever the model: a PNG under 4 MB.
    private static final long MAX_MASK_BYTES = 4L * 1024 * 1024;

    /** One thing wrong with one field of a request. */
    public record FieldProblem(String field, String message) {}

    /** Either the completed request or the list of problems, never both. */
    public record Outcome(GenerationRequest request, List<FieldProblem> problems) {
        public boolean ok() {
            return problems.isEmpty();
        }
    }

    private final ModelCatalog catalog;

    public RequestCheck(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** Checks a job that takes no input pictures. */
    public Outcome check(JobDraft raw) {
        return check(raw, InputResolver.NONE);
    }

    public Outcome check(JobDraft raw, InputResolver inputs) {
        List<FieldProblem> problems = new ArrayList<>();
        Operation operation = operation(raw.operation(), problems);
        var model = catalog.find(raw.model());
        if (model.isEmpty()) {
            String known =
                    String.join(", ", catalog.all().stream().map(ModelSpec::id).toList());
            problems.add(new FieldProblem(
                    "model",
                    raw.model() == null || raw.model().isBlank()
                            ? "is required; one of: " + known
                            : "'" + raw.model() + "' is not a model this server offers; one of: " + known));
            return new Outcome(null, problems);
        }
        ModelSpec spec = model.get();
        if (operation != null && !spec.operations().contains(operation)) {
            problems.add(new FieldProblem(
                    "model",
                    spec.id() + " cannot " + operation.wireName() + "; it takes "
                            + String.join(
                                    ", ",
                                    spec.operations().stream()
                                            .map(Operation::wireName)
                                            .sorted()
                                            .toList())));
            return new Outcome(null, problems);
        }
        String prompt = prompt(raw.prompt(), operation, spec, problems);
        int n = raw.n() == null ? 1 : raw.n();
        if (n < 1 || n > spec.maxImages()) {
            problems.add(new FieldProblem("n", "must be between 1 and " + spec.maxImages() + " for " + spec.id()));
        }
        String size = pick("size", raw.size(), spec.sizes(), spec, problems);
        String quality = pick("quality", raw.quality(), spec.qualities(), spec, problems);
        String background = pick("background", raw.background(), spec.backgrounds(), spec, problems);
        String format = pick("output_format", raw.outputFormat(), spec.outputFormats(), spec, problems);
        if ("transparent".equals(background) && "jpeg".equals(format)) {
            problems.add(new FieldProblem(
                    "background", "transparent needs output_format png or webp; jpeg has no alpha channel"));
        }
        if (raw.seed() != null && (raw.seed() < 0 || !spec.seeded())) {
            problems.add(new FieldProblem(
                    "seed", spec.seeded() ? "must be zero or positive" : spec.id() + " does not take a seed"));
        }
        Integer compression = compression(raw.outputCompression(), format, spec, problems);
        String moderation = pick("moderation", raw.moderation(), spec.moderations(), spec, problems);
        String style = pick("style", raw.style(), spec.styles(), spec, problems);
        List<InputImage> images = images(raw.images(), operation, spec, inputs, problems);
        InputImage mask = mask(raw.mask(), operation, images, inputs, problems);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(
                new GenerationRequest(
                        operation,
                        spec.id(),
                        prompt,
                        n,
                        size,
                        quality,
                        background,
                        format,
                        raw.seed(),
                        compression,
                        moderation,
                        style,
                        images,
                        mask),
                List.of());
    }

    private static Operation operation(String value, List<FieldProblem> problems) {
        if (value == null || value.isBlank()) {
            return Operation.GENERATE;
        }
        for (Operation operation : Operation.values()) {
            if (operation.wireName().equals(value)) {
                return operation;
            }
        }
        problems.add(new FieldProblem(
                "operation", "'" + value + "' is not an operation; one of: generate, edit, variation"));
        return null;
    }

    private static boolean wellFormed(String text) {
        for (int i = 0; i < text.length(); i++) {
            char c = text.charAt(i);
            if (Character.isHighSurrogate(c) && i + 1 < text.length() && Character.isLowSurrogate(text.charAt(i + 1))) {
                i++;
            } else if (Character.isSurrogate(c)) {
                return false;
            }
        }
        return true;
    }

    private static boolean bidiControl(int c) {
        return (c >= 0x202A && c <= 0x202E) || (c >= 0x2066 && c <= 0x2069);
    }

    private static String prompt(String raw, Operation operation, ModelSpec spec, List<FieldProblem> problems) {
        String prompt = raw == null ? "" : raw.strip();
        if (operation == Operation.VARIATION) {
            if (!prompt.isEmpty()) {
                problems.add(new FieldProblem("prompt", "variations take no prompt"));
            }
            return null;
        }
        if (prompt.isEmpty()) {
            problems.add(new FieldProblem("prompt", "is required and must not be blank"));
        } else if (prompt.codePointCount(0, prompt.length()) > spec.maxPromptLength()) {
            problems.add(new FieldProblem(
                    "prompt", "must be at most " + spec.maxPromptLength() + " characters for " + spec.id()));
        } else if (prompt.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            problems.add(new FieldProblem("prompt", "must not contain control characters"));
        } else if (!wellFormed(prompt)) {
            problems.add(new FieldProblem("prompt", "must be valid Unicode text (it has a lone surrogate)"));
        } else if (prompt.chars().anyMatch(RequestCheck::bidiControl)) {
            // They can make a prompt read differently in the gallery than what was sent ("Trojan Source").
            problems.add(new FieldProblem("prompt", "must not contain bidirectional control characters"));
        }
        return prompt;
    }

    private static Integer compression(
            Integer compression, String format, ModelSpec spec, List<FieldProblem> problems) {
        if (compression == null) {
            return null;
        }
        if (!spec.outputCompression()) {
            problems.add(new FieldProblem("output_compression", spec.id() + " does not take output_compression"));
        } else if (compression < 0 || compression > 100) {
            problems.add(new FieldProblem("output_compression", "must be between 0 and 100"));
        } else if ("png".equals(format)) {
            problems.add(new FieldProblem("output_compression", "applies to jpeg and webp only, not png"));
        }
        return compression;
    }

    /** The input pictures, resolved for the caller and held to the model's input rules. */
    private static List<InputImage> images(
            List<String> ids, Operation operation, ModelSpec spec, InputResolver inputs, List<FieldProblem> problems) {
        List<String> given = ids == null ? List.of() : ids;
        if (operation == null || operation == Operation.GENERATE) {
            if (!given.isEmpty()) {
                problems.add(new FieldProblem("images", "are only for edit and variation jobs"));
            }
            return List.of();
        }
        InputRules rules = spec.inputs();
        int max = operation == Operation.VARIATION ? 1 : rules.maxImages();
        if (given.isEmpty() || given.size() > max) {
            problems.add(new FieldProblem(
                    "images",
                    operation.wireName() + " with " + spec.id() + " takes "
                            + (max == 1 ? "exactly one image" : "1 to " + max + " images")));
            return List.of();
        }
        List<InputImage> images = new ArrayList<>();
        for (int i = 0; i < given.size(); i++) {
            String field = "images[" + i + "]";
            var image = inputs.resolve(given.get(i));
            if (image.isEmpty()) {
                problems.add(new FieldProblem(field, "'" + given.get(i) + "' is not one of your uploads or images"));
                continue;
            }
            InputImage input = image.get();
            if (!rules.formats().contains(input.format())) {
                problems.add(new FieldProblem(
                        field,
                        spec.id() + " takes "
                                + String.join(
                                        " or ",
                                        rules.formats().stream().sorted().toList()) + " pictures, not "
                                + input.format()));
            } else if (input.bytes() > rules.maxBytes()) {
                problems.add(new FieldProblem(
                        field, "must be under " + rules.maxBytes() / (1024 * 1024) + " MB for " + spec.id()));
            } else if (rules.squareOnly() && input.width() != input.height()) {
                problems.add(new FieldProblem(
                        field,
                        spec.id() + " takes square pictures only; this one is " + input.width() + "x"
                                + input.height()));
            }
            images.add(input);
        }
        return images;
    }

    /** A mask marks with transparent pixels where to draw, on the first image, at its exact size. */
    private static InputImage mask(
            String id,
            Operation operation,
            List<InputImage> images,
            InputResolver inputs,
            List<FieldProblem> problems) {
        if (id == null || id.isBlank()) {
            return null;
        }
        if (operation != Operation.EDIT) {
            problems.add(new FieldProblem("mask", "is only for edit jobs"));
            return null;
        }
        var found = inputs.resolve(id);
        if (found.isEmpty()) {
            problems.add(new FieldProblem("mask", "'" + id + "' is not one of your uploads or images"));
            return null;
        }
        InputImage mask = found.get();
        if (!"png".equals(mask.format()) || !mask.hasAlpha()) {
            problems.add(new FieldProblem("mask", "must be a PNG with an alpha channel (transparent where to draw)"));
        } else if (mask.bytes() > MAX_MASK_BYTES) {
            problems.add(new FieldProblem("mask", "must be under 4 MB"));
        } else if (!images.isEmpty()
                && (mask.width() != images.getFirst().width()
                        || mask.height() != images.getFirst().height())) {
            problems.add(new FieldProblem(
                    "mask",
                    "must be " + images.getFirst().width() + "x"
                            + images.getFirst().height() + " like the first image, not " + mask.width() + "x"
                            + mask.height()));
        }
        return mask;
    }

    /** The value, or the model's default; null when the model does not take the parameter at all. */
    private static String pick(
            String field, String value, List<String> allowed, ModelSpec spec, List<FieldProblem> problems) {
        if (allowed.isEmpty()) {
            if (value != null && !value.isBlank()) {
                problems.add(new FieldProblem(field, spec.id() + " does not take " + field));
            }
            return null;
        }
        if (value == null || value.isBlank()) {
            return allowed.getFirst();
        }
        if (!allowed.contains(value)) {
            problems.add(new FieldProblem(
                    field,
                    "'" + value + "' is not accepted by " + spec.id() + "; one of: " + String.join(", ", allowed)));
        }
        return value;
    }
}
