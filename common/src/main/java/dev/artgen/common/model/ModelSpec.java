package dev.artgen.common.model;

import dev.artgen.common.job.Operation;
import java.util.List;
import java.util.Set;

/**
 * One image model and exactly the parameter values it accepts. The first value of each list is the
 * default used when a request leaves the parameter out; an empty list means the model does not take
 * that parameter at all.
 *
 * @param provider which image provider serves the model ("local", "openai")
 * @param maxImages the most pictures one job may ask for
 * @param maxImagesPerCall the most one provider call returns; the worker makes several calls when a
 *     job asks for more (dall-e-3 makes one picture per call)
 * @param outputCompression whether the model takes output_compression (0–100) for jpeg and webp
 * @param inputs what the model takes as input pictures; null when it does no edits or variations
 * @param seeded whether the model is deterministic for a seed
 */
public record ModelSpec(
        String id,
        String provider,
        String description,
        Set<Operation> operations,
        List<String> sizes,
        List<String> qualities,
        int maxImages,
        int maxImagesPerCall,
        List<String> backgrounds,
        List<String> outputFormats,
        boolean outputCompression,
        List<String> moderations,
        List<String> styles,
        InputRules inputs,
        int maxPromptLength,
        boolean seeded) {

    public ModelSpec {
        operations = Set.copyOf(operations);
        sizes = List.copyOf(sizes);
        qualities = List.copyOf(qualities);
        backgrounds = List.copyOf(backgrounds);
        outputFormats = List.copyOf(outputFormats);
        moderations = List.copyOf(moderations);
        styles = List.copyOf(styles);
    }
}
