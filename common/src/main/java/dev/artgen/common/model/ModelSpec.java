package dev.artgen.common.model;

import java.util.List;

/**
 * One image model and exactly the parameter values it accepts. The first value of each list is the
 * default used when a request leaves the parameter out.
 */
public record ModelSpec(
        String id,
        String provider,
        String description,
        List<String> sizes,
        List<String> qualities,
        int maxImages,
        List<String> backgrounds,
        List<String> outputFormats,
        int maxPromptLength,
        boolean seeded) {

    public ModelSpec {
        sizes = List.copyOf(sizes);
        qualities = List.copyOf(qualities);
        backgrounds = List.copyOf(backgrounds);
        outputFormats = List.copyOf(outputFormats);
    }
}
