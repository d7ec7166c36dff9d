package dev.artgen.common.job;

/**
 * What the caller asked for, already checked against the model catalogue and completed with the
 * model's defaults, so a worker never has to guess. Parameters a model does not take are null.
 */
public record GenerationRequest(
        String model,
        String prompt,
        int n,
        String size,
        String quality,
        String background,
        String outputFormat,
        Long seed,
        Integer outputCompression,
        String moderation,
        String style) {

    /** A request with none of the OpenAI-only options (compression, moderation, style). */
    public GenerationRequest(
            String model,
            String prompt,
            int n,
            String size,
            String quality,
            String background,
            String outputFormat,
            Long seed) {
        this(model, prompt, n, size, quality, background, outputFormat, seed, null, null, null);
    }
}
