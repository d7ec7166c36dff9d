package dev.artgen.common.job;

/**
 * What the caller asked for, already checked against the model catalogue and completed with the
 * model's defaults, so a worker never has to guess.
 */
public record GenerationRequest(
        String model,
        String prompt,
        int n,
        String size,
        String quality,
        String background,
        String outputFormat,
        Long seed) {}
