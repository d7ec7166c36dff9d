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
        Long seed) {}
