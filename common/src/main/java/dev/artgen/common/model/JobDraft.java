package dev.artgen.common.model;

import java.util.List;

/**
 * A job as a caller sent it: anything may be missing or wrong until checked.
 *
 * @param operation "generate" (default), "edit" or "variation"
 * @param images for edits and variations: ids of uploads ({@code upl_…}) or gallery images ({@code img_…})
 * @param mask for edits: an uploaded PNG whose transparent pixels mark where to draw
 * @param webhook where to call back when the job changes state, if anywhere
 */
public record JobDraft(
        String operation,
        String model,
        String prompt,
        Integer n,
        String size,
        String quality,
        String background,
        String outputFormat,
        Long seed,
        Integer outputCompression,
        String moderation,
        String style,
        List<String> images,
        String mask,
        WebhookDraft webhook) {

    /** A job's callback as the caller sent it: a URL and event types ({@code job.succeeded}, …). */
    public record WebhookDraft(String url, List<String> events) {}

    /** A generation draft with none of the OpenAI-only options. */
    public JobDraft(
            String model,
            String prompt,
            Integer n,
            String size,
            String quality,
            String background,
            String outputFormat,
            Long seed) {
        this(null, model, prompt, n, size, quality, background, outputFormat, seed, null, null, null, null, null, null);
    }
}
