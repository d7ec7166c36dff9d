package dev.artgen.common.model;

/** A generation request as a caller sent it: anything may be missing or wrong until checked. */
public record JobDraft(
        String model,
        String prompt,
        Integer n,
        String size,
        String quality,
        String background,
        String outputFormat,
        Long seed,
        Integer outputCompression,
        String moderation,
        String style) {

    /** A draft with none of the OpenAI-only options. */
    public JobDraft(
            String model,
            String prompt,
            Integer n,
            String size,
            String quality,
            String background,
            String outputFormat,
            Long seed) {
        this(model, prompt, n, size, quality, background, outputFormat, seed, null, null, null);
    }
}
