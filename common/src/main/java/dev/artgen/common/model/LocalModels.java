package dev.artgen.common.model;

import dev.artgen.common.job.Operation;
import java.util.List;
import java.util.Set;

/**
 * The built-in offline renderer's model: it accepts the gpt-image sizes and more, and makes
 * variations of a PNG or JPEG (an upload or a gallery picture) without a prompt.
 */
public final class LocalModels {

    public static final String ID = "artgen-local";

    public static final ModelSpec SPEC = new ModelSpec(
            ID,
            "local",
            "Built-in offline renderer: deterministic for (prompt, seed); prompt words pick palette, subject and style.",
            Set.of(Operation.GENERATE, Operation.VARIATION),
            List.of("1024x1024", "256x256", "512x512", "1536x1024", "1024x1536", "1792x1024", "1024x1792"),
            List.of("medium", "low", "high"),
            10,
            10,
            List.of("auto", "opaque", "transparent"),
            List.of("png", "jpeg"),
            false,
            List.of(),
            List.of(),
            new InputRules(1, 50L * 1024 * 1024, Set.of("png", "jpeg"), false),
            4000,
            true);

    private LocalModels() {}
}
