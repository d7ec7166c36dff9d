package dev.artgen.common.model;

import dev.artgen.common.job.Operation;
import java.util.List;
import java.util.Set;

/** The built-in offline renderer's model: it accepts the gpt-image sizes and more. */
public final class LocalModels {

    public static final String ID = "artgen-local";

    public static final ModelSpec SPEC = new ModelSpec(
            ID,
            "local",
            "Built-in offline renderer: deterministic for (prompt, seed); prompt words pick palette, subject and style.",
            Set.of(Operation.GENERATE),
            List.of("1024x1024", "256x256", "512x512", "1536x1024", "1024x1536", "1792x1024", "1024x1792"),
            List.of("medium", "low", "high"),
            10,
            10,
            List.of("auto", "opaque", "transparent"),
            List.of("png", "jpeg"),
            false,
            List.of(),
            List.of(),
            null,
            4000,
            true);

    private LocalModels() {}
}
