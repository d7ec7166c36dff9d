package dev.artgen.common.model;

import dev.artgen.common.job.Operation;
import java.util.List;
import java.util.Set;

/** OpenAI's image models as openai-java 4.101.0 knows them; sources and prices are in docs/providers.md. */
public final class OpenAiModels {

    public static final String PROVIDER = "openai";

    /** The API reference gives 32000 characters for every GPT image model. */
    private static final int GPT_PROMPT_LENGTH = 32000;

    /** n must be between 1 and 10 for every model but dall-e-3. */
    private static final int MAX_N = 10;

    private static final Set<Operation> GENERATE_AND_EDIT = Set.of(Operation.GENERATE, Operation.EDIT);

    /** The fixed sizes of the gpt-image-1 generation; "auto" (OpenAI's default) lets the model choose. */
    private static final List<String> GPT_IMAGE_SIZES = List.of("auto", "1024x1024", "1536x1024", "1024x1536");

    /**
     * gpt-image-2 and later take any WxH with both edges divisible by 16 and a ratio between 1:3 and 3:1; the catalogue
     * only holds explicit lists, so these are the common presets up to 2560x1440. Larger sizes (up to 3840x2160) are
     * experimental at OpenAI and left out.
     */
    private static final List<String> FLEXIBLE_SIZES = List.of(
            "auto",
            "1024x1024",
            "1536x1024",
            "1024x1536",
            "1536x864",
            "864x1536",
            "2048x1152",
            "1152x2048",
            "2560x1440",
            "1440x2560");

    /** "auto" is OpenAI's documented default quality for the GPT image models. */
    private static final List<String> GPT_IMAGE_QUALITIES = List.of("auto", "low", "medium", "high");

    /** The 2.5 models (and, by third-party reports, 2.6) add xhigh and max above high. */
    private static final List<String> EXTENDED_QUALITIES = List.of("auto", "low", "medium", "high", "xhigh", "max");

    private static final List<String> BACKGROUNDS = List.of("auto", "opaque", "transparent");

    /** gpt-image-2 has transparency only in preview (refused on edits), so ArtGen does not offer it there. */
    private static final List<String> OPAQUE_BACKGROUNDS = List.of("auto", "opaque");

    /** png is the default; gif and svg (2.6 only) need extra request fields ArtGen does not carry yet. */
    private static final List<String> GPT_IMAGE_FORMATS = List.of("png", "jpeg", "webp");

    private static final List<String> MODERATIONS = List.of("auto", "low");

    /** GPT image edits take up to 16 png/jpeg/webp pictures under 50 MB each. */
    private static final InputRules GPT_IMAGE_INPUTS =
            new InputRules(16, 50L * 1024 * 1024, Set.of("png", "jpeg", "webp"), false);

    /** DALL·E 2 edits and variations take one square PNG under 4 MB. */
    private static final InputRules DALL_E_2_INPUTS = new InputRules(1, 4L * 1024 * 1024, Set.of("png"), true);

    public static final ModelSpec GPT_IMAGE_2_5_FLARE = gptImage(
            "gpt-image-2.5-flare",
            "GPT Image 2.5 Flare: fast everyday generation and editing, flexible sizes (alias of the 2026-09-08 snapshot).",
            FLEXIBLE_SIZES,
            EXTENDED_QUALITIES,
            BACKGROUNDS);

    public static final ModelSpec GPT_IMAGE_2_5_SUNBURST = gptImage(
            "gpt-image-2.5-sunburst",
            "GPT Image 2.5 Sunburst: precise editing and fine detail, slower than Flare (alias of the 2026-09-08 snapshot).",
            FLEXIBLE_SIZES,
            EXTENDED_QUALITIES,
            BACKGROUNDS);

    public static final ModelSpec GPT_IMAGE_2_6_FLARE = gptImage(
            "gpt-image-2.6-flare",
            "GPT Image 2.6 Flare (released 2026-11-04): fast generation and editing; GIF/SVG output not offered by ArtGen yet.",
            FLEXIBLE_SIZES,
            EXTENDED_QUALITIES,
            BACKGROUNDS);

    public static final ModelSpec GPT_IMAGE_2_6_SUNBURST = gptImage(
            "gpt-image-2.6-sunburst",
            "GPT Image 2.6 Sunburst (released 2026-11-04): detailed work and steady edits; GIF/SVG output not offered by ArtGen yet.",
            FLEXIBLE_SIZES,
            EXTENDED_QUALITIES,
            BACKGROUNDS);

    public static final ModelSpec GPT_IMAGE_2 = gptImage(
            "gpt-image-2",
            "GPT Image 2: flexible sizes, up to high quality; alias of gpt-image-2-2026-04-21.",
            FLEXIBLE_SIZES,
            GPT_IMAGE_QUALITIES,
            OPAQUE_BACKGROUNDS);

    public static final ModelSpec GPT_IMAGE_2_5_FLARE_2026_09_08 = gptImage(
            "gpt-image-2.5-flare-2026-09-08",
            "GPT Image 2.5 Flare pinned to its 2026-09-08 snapshot.",
            FLEXIBLE_SIZES,
            EXTENDED_QUALITIES,
            BACKGROUNDS);

    public static final ModelSpec GPT_IMAGE_2_5_SUNBURST_2026_09_08 = gptImage(
            "gpt-image-2.5-sunburst-2026-09-08",
            "GPT Image 2.5 Sunburst pinned to its 2026-09-08 snapshot.",
            FLEXIBLE_SIZES,
            EXTENDED_QUALITIES,
            BACKGROUNDS);

    public static final ModelSpec GPT_IMAGE_2_2026_04_21 = gptImage(
            "gpt-image-2-2026-04-21",
            "GPT Image 2 pinned to its 2026-04-21 snapshot.",
            FLEXIBLE_SIZES,
            GPT_IMAGE_QUALITIES,
            OPAQUE_BACKGROUNDS);

    public static final ModelSpec GPT_IMAGE_1_5 = gptImage(
            "gpt-image-1.5",
            "GPT Image 1.5: deprecated, OpenAI shuts it down on 2026-12-01; fixed sizes only.",
            GPT_IMAGE_SIZES,
            GPT_IMAGE_QUALITIES,
            BACKGROUNDS);

    public static final ModelSpec GPT_IMAGE_1_MINI = gptImage(
            "gpt-image-1-mini",
            "GPT Image 1 mini: deprecated, OpenAI shuts it down on 2026-12-01; cheapest per image, fixed sizes only.",
            GPT_IMAGE_SIZES,
            GPT_IMAGE_QUALITIES,
            BACKGROUNDS);

    public static final ModelSpec CHATGPT_IMAGE_LATEST = gptImage(
            "chatgpt-image-latest",
            "The image model currently used in ChatGPT: deprecated, OpenAI shuts it down on 2026-12-01.",
            GPT_IMAGE_SIZES,
            GPT_IMAGE_QUALITIES,
            BACKGROUNDS);

    public static final ModelSpec GPT_IMAGE_1 = gptImage(
            "gpt-image-1",
            "GPT Image 1: shut down by OpenAI on 2026-10-23.",
            GPT_IMAGE_SIZES,
            GPT_IMAGE_QUALITIES,
            BACKGROUNDS);

    public static final ModelSpec DALL_E_3 = new ModelSpec(
            "dall-e-3",
            PROVIDER,
            "DALL·E 3: retired by OpenAI on 2026-05-12; one image per call, vivid or natural style.",
            Set.of(Operation.GENERATE),
            List.of("1024x1024", "1792x1024", "1024x1792"),
            List.of("standard", "hd"),
            MAX_N,
            1,
            List.of(),
            List.of(),
            false,
            List.of(),
            List.of("vivid", "natural"),
            null,
            4000,
            false);

    public static final ModelSpec DALL_E_2 = new ModelSpec(
            "dall-e-2",
            PROVIDER,
            "DALL·E 2: retired by OpenAI on 2026-05-12; square sizes, the only model with variations.",
            Set.of(Operation.GENERATE, Operation.EDIT, Operation.VARIATION),
            List.of("1024x1024", "256x256", "512x512"),
            List.of("standard"),
            MAX_N,
            MAX_N,
            List.of(),
            List.of(),
            false,
            List.of(),
            List.of(),
            DALL_E_2_INPUTS,
            1000,
            false);

    private OpenAiModels() {}

    /**
     * The models ArtGen offers when an OpenAI key is configured. gpt-image-2.5-flare comes first and is the default:
     * OpenAI documents no default model any more, it is the recommended replacement for the shut-down gpt-image-1, and
     * it is the cheaper and faster of the live families at the same token prices. Models shut down or shutting down
     * by 2026-12-01 are left out so that no queued job outlives its model.
     */
    public static List<ModelSpec> all() {
        return List.of(
                GPT_IMAGE_2_5_FLARE,
                GPT_IMAGE_2_5_SUNBURST,
                GPT_IMAGE_2_6_FLARE,
                GPT_IMAGE_2_6_SUNBURST,
                GPT_IMAGE_2,
                GPT_IMAGE_2_5_FLARE_2026_09_08,
                GPT_IMAGE_2_5_SUNBURST_2026_09_08,
                GPT_IMAGE_2_2026_04_21);
    }

    /**
     * Models openai-java knows that OpenAI no longer serves (or stops serving on 2026-12-01). Not offered by default;
     * only for a {@code base-url} that points at an OpenAI-compatible server still serving them.
     */
    public static List<ModelSpec> compatibleOnly() {
        return List.of(GPT_IMAGE_1_5, GPT_IMAGE_1_MINI, CHATGPT_IMAGE_LATEST, GPT_IMAGE_1, DALL_E_3, DALL_E_2);
    }

    /** Every GPT image model shares n 1..10, output_compression, moderation, no style and no seed. */
    private static ModelSpec gptImage(
            String id, String description, List<String> sizes, List<String> qualities, List<String> backgrounds) {
        return new ModelSpec(
                id,
                PROVIDER,
                description,
                GENERATE_AND_EDIT,
                sizes,
                qualities,
                MAX_N,
                MAX_N,
                backgrounds,
                GPT_IMAGE_FORMATS,
                true,
                MODERATIONS,
                List.of(),
                GPT_IMAGE_INPUTS,
                GPT_PROMPT_LENGTH,
                false);
    }
}
