package dev.artgen.infra.openai;

import dev.artgen.common.job.GenerationRequest;
import dev.artgen.worker.provider.Generation;
import dev.artgen.worker.provider.local.ImageEncoder;
import dev.artgen.worker.provider.local.LocalModel;
import dev.artgen.worker.provider.local.LocalModelProperties;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;

/**
 * Makes the pictures with ArtGen's built-in local model, so answers carry real images of the asked size, shaped by
 * the prompt, and the same request always gets the same pictures.
 */
final class PictureRenderer {

    /** One encoded picture. */
    record Picture(byte[] bytes, String format) {

        String contentType() {
            return "image/" + format;
        }
    }

    private static final String VARIATION_PROMPT = "a variation of the given picture";

    private final LocalModel model = new LocalModel(new LocalModelProperties(true, Duration.ZERO));
    private final long seed;

    PictureRenderer(long seed) {
        this.seed = seed;
    }

    List<Picture> render(ModelRules.Resolved r) throws InterruptedException {
        String prompt = r.prompt() != null ? r.prompt() : VARIATION_PROMPT;
        GenerationRequest request = new GenerationRequest(
                r.model(),
                prompt,
                r.n(),
                r.width() + "x" + r.height(),
                r.renderQuality(),
                r.background(),
                "png",
                pictureSeed(r, prompt));
        Generation generation = model.generate("emulator", request);
        List<Picture> pictures = new ArrayList<>();
        for (Generation.Picture p : generation.pictures()) {
            pictures.add(
                    switch (r.outputFormat()) {
                        case "jpeg" ->
                            new Picture(ImageEncoder.encode(decode(p.bytes()), "jpeg", r.compression()), "jpeg");
                        case "webp" -> new Picture(WebpEncoder.encode(decode(p.bytes())), "webp");
                        default -> new Picture(p.bytes(), "png");
                    });
        }
        return pictures;
    }

    /** Mixes the prompt and the input images into the seed: edits of different pictures should differ. */
    private long pictureSeed(ModelRules.Resolved r, String prompt) {
        long h = seed ^ 0xcbf29ce484222325L;
        for (byte b : prompt.getBytes(StandardCharsets.UTF_8)) {
            h = (h ^ b) * 0x100000001b3L;
        }
        for (ImageRequest.InputImage image : r.images()) {
            h = h * 31 + java.util.Arrays.hashCode(image.bytes());
        }
        return h & Long.MAX_VALUE;
    }

    private static BufferedImage decode(byte[] png) {
        try {
            return ImageProbe.decode(png);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
