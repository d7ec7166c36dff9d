package dev.artgen.common.job;

import com.fasterxml.jackson.annotation.JsonIgnore;

/**
 * A picture a job works from (edits and variations): an upload or an image of the user's gallery,
 * resolved and checked when the job was accepted, so the worker only has to fetch its bytes.
 *
 * @param key where the bytes are stored; internal, so never written to JSON
 */
public record InputImage(
        String id, @JsonIgnore String key, String format, int width, int height, long bytes, boolean hasAlpha) {}
