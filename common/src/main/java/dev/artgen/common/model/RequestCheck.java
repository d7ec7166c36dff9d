package dev.artgen.common.model;

import dev.artgen.common.job.GenerationRequest;
import java.util.ArrayList;
import java.util.List;

/**
 * Checks a generation request against its model and fills in the model's defaults. Returns every
 * problem at once, each naming the field and the values that would have been accepted.
 */
public final class RequestCheck {

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

    public Outcome check(JobDraft raw) {
        List<FieldProblem> problems = new ArrayList<>();
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
        if (!spec.operations().contains(Operation.GENERATE)) {
            problems.add(new FieldProblem(
                    "model",
                    spec.id() + " cannot generate from a prompt; it only takes "
                            + String.join(
                                    ", ",
                                    spec.operations().stream()
                                            .map(Operation::wireName)
                                            .sorted()
                                            .toList())));
            return new Outcome(null, problems);
        }
        String prompt = raw.prompt() == null ? "" : raw.prompt().strip();
        if (prompt.isEmpty()) {
            problems.add(new FieldProblem("prompt", "is required and must not be blank"));
        } else if (prompt.codePointCount(0, prompt.length()) > spec.maxPromptLength()) {
            problems.add(new FieldProblem(
                    "prompt", "must be at most " + spec.maxPromptLength() + " characters for " + spec.id()));
        } else if (prompt.chars().anyMatch(c -> Character.isISOControl(c) && c != '\n' && c != '\t' && c != '\r')) {
            problems.add(new FieldProblem("prompt", "must not contain control characters"));
        }
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
        Integer compression = raw.outputCompression();
        if (compression != null) {
            if (!spec.outputCompression()) {
                problems.add(new FieldProblem("output_compression", spec.id() + " does not take output_compression"));
            } else if (compression < 0 || compression > 100) {
                problems.add(new FieldProblem("output_compression", "must be between 0 and 100"));
            } else if ("png".equals(format)) {
                problems.add(new FieldProblem("output_compression", "applies to jpeg and webp only, not png"));
            }
        }
        String moderation = pick("moderation", raw.moderation(), spec.moderations(), spec, problems);
        String style = pick("style", raw.style(), spec.styles(), spec, problems);
        if (!problems.isEmpty()) {
            return new Outcome(null, problems);
        }
        return new Outcome(
                new GenerationRequest(
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
                        style),
                List.of());
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
