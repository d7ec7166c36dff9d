package dev.artgen.common.job;

import java.util.List;

/**
 * What the caller asked for, already checked against the model catalogue and completed with the
 * model's defaults, so a worker never has to guess. Parameters a model does not take are null.
 *
 * @param operation generate from the prompt, edit {@code images} (optionally within {@code mask}), or
 *     make variations of the one image
 * @param prompt what to draw; null for variations, which take none
 */
public record GenerationRequest(
        Operation operation,
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
        String style,
        List<InputImage> images,
        InputImage mask) {

    public GenerationRequest {
        operation = operation == null ? Operation.GENERATE : operation;
        images = images == null ? List.of() : List.copyOf(images);
    }

    /** A generation with none of the OpenAI-only options (compression, moderation, style). */
    public GenerationRequest(
            String model,
            String prompt,
            int n,
            String size,
            String quality,
            String background,
            String outputFormat,
            Long seed) {
        this(
                Operation.GENERATE,
                model,
                prompt,
                n,
                size,
                quality,
                background,
                outputFormat,
                seed,
                null,
                null,
                null,
                List.of(),
                null);
    }

    public GenerationRequest withSeed(long value) {
        return new GenerationRequest(
                operation,
                model,
                prompt,
                n,
                size,
                quality,
                background,
                outputFormat,
                value,
                outputCompression,
                moderation,
                style,
                images,
                mask);
    }
}
