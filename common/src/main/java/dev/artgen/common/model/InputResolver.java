package dev.artgen.common.model;

import dev.artgen.common.job.InputImage;
import java.util.Optional;

/** Finds a picture the caller may use as an input: one of their uploads or gallery images. */
@FunctionalInterface
public interface InputResolver {

    Optional<InputImage> resolve(String id);

    /** For callers that accept no inputs at all. */
    InputResolver NONE = id -> Optional.empty();
}
