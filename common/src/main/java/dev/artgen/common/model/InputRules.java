package dev.artgen.common.model;

import java.util.Set;

/**
 * What a model accepts as input pictures for edits and variations.
 *
 * @param maxImages how many pictures one edit may take
 * @param maxBytes the largest picture (and mask) in bytes
 * @param formats the picture formats taken (a mask is always a PNG)
 * @param squareOnly pictures must be square (dall-e-2)
 */
public record InputRules(int maxImages, long maxBytes, Set<String> formats, boolean squareOnly) {

    public InputRules {
        formats = Set.copyOf(formats);
    }
}
