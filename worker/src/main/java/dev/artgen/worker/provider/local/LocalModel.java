package dev.artgen.worker.provider.local;

import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.Usage;
import dev.artgen.worker.provider.Generation;
import dev.artgen.worker.provider.ImageProvider;
import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** {@link ImageProvider} for the built-in offline renderer. */
public class LocalModel implements ImageProvider {

    private static final int JPEG_QUALITY = 90;

    private final LocalRenderer renderer = new LocalRenderer();
    private final LocalModelProperties properties;

    public LocalModel(LocalModelProperties properties) {
        this.properties = properties;
    }

    @Override
    public String name() {
        return "local";
    }

    @Override
    public Generation generate(String jobId, GenerationRequest request) throws InterruptedException {
        if (properties.latency().isPositive()) {
            Thread.sleep(properties.latency());
        }
        String[] size = request.size().split("x");
        int width = Integer.parseInt(size[0]);
        int height = Integer.parseInt(size[1]);
        // The api always fills in a seed; a job without one still renders the same pictures on every attempt.
        long seed = request.seed() != null ? request.seed() : jobId.hashCode();
        Detail detail = Detail.valueOf(request.quality().toUpperCase(Locale.ROOT));
        boolean transparent = "transparent".equals(request.background());
        List<Generation.Picture> pictures = new ArrayList<>();
        for (int i = 0; i < request.n(); i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            BufferedImage image = renderer.render(request.prompt(), seed + i, width, height, detail, transparent);
            byte[] bytes = ImageEncoder.encode(image, request.outputFormat(), JPEG_QUALITY);
            pictures.add(new Generation.Picture(bytes, width, height, request.outputFormat()));
        }
        return new Generation(pictures, Usage.ofImages(pictures.size()));
    }
}
