package dev.artgen.worker.provider.local;

import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.InputImage;
import dev.artgen.common.job.Operation;
import dev.artgen.common.job.Usage;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.worker.provider.Generation;
import dev.artgen.worker.provider.ImageProvider;
import dev.artgen.worker.provider.ProviderFailure;
import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import javax.imageio.ImageIO;

/**
 * {@link ImageProvider} for the built-in offline renderer. Rendering is CPU-bound, so it runs on a
 * pool of one platform thread per core: hundreds of jobs' virtual threads wait there cheaply instead
 * of pinning every carrier thread and starving the HTTP and Kafka work that shares them.
 */
public class LocalModel implements ImageProvider, AutoCloseable {

    private static final int JPEG_QUALITY = 90;

    private final LocalRenderer renderer = new LocalRenderer();
    private final LocalModelProperties properties;
    private final ImageStore inputs;
    private final ExecutorService renderPool = Executors.newFixedThreadPool(
            Runtime.getRuntime().availableProcessors(),
            Thread.ofPlatform().name("local-render-", 0).daemon().factory());

    /** A model that only generates: with no image store it has no pictures to make variations of. */
    public LocalModel(LocalModelProperties properties) {
        this(properties, null);
    }

    /** @param inputs where the source pictures of variations are read from */
    public LocalModel(LocalModelProperties properties, ImageStore inputs) {
        this.properties = properties;
        this.inputs = inputs;
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
        BufferedImage source = request.operation() == Operation.VARIATION ? source(request) : null;
        // A variation keeps the source's alpha unless the job asked for an opaque picture.
        boolean keepAlpha = !"opaque".equals(request.background());
        List<Generation.Picture> pictures = new ArrayList<>();
        for (int i = 0; i < request.n(); i++) {
            if (Thread.interrupted()) {
                throw new InterruptedException();
            }
            long pictureSeed = seed + i;
            pictures.add(onRenderPool(() -> {
                BufferedImage image = source == null
                        ? renderer.render(request.prompt(), pictureSeed, width, height, detail, transparent)
                        : Variation.of(source, pictureSeed, width, height);
                if (!keepAlpha && image.getColorModel().hasAlpha()) {
                    image = Images.flattened(image, Color.WHITE);
                }
                byte[] bytes = ImageEncoder.encode(image, request.outputFormat(), JPEG_QUALITY);
                return new Generation.Picture(bytes, width, height, request.outputFormat());
            }));
        }
        return new Generation(pictures, Usage.ofImages(pictures.size()));
    }

    /** The one picture a variation starts from, decoded; the api has already checked it is a PNG or JPEG. */
    private BufferedImage source(GenerationRequest request) {
        if (inputs == null || request.images().isEmpty()) {
            throw new ProviderFailure.Permanent(
                    "provider_rejected", "This local model has no source picture to make variations of.", null);
        }
        InputImage input = request.images().getFirst();
        try (InputStream stored = inputs.open(input.key())) {
            BufferedImage image = ImageIO.read(stored);
            if (image == null) {
                throw new ProviderFailure.Permanent(
                        "provider_rejected", "The local model cannot read " + input.format() + " pictures.", null);
            }
            return image;
        } catch (ImageStore.ImageMissing e) {
            // Deleted with its job after this one was accepted: no later attempt will find it either.
            throw new ProviderFailure.Permanent("input_missing", "The source picture no longer exists.", e);
        } catch (IOException e) {
            throw new ProviderFailure.Transient(
                    "input_unavailable", "An input picture could not be read from storage.", e);
        }
    }

    private Generation.Picture onRenderPool(Callable<Generation.Picture> render) throws InterruptedException {
        Future<Generation.Picture> picture = renderPool.submit(render);
        try {
            return picture.get();
        } catch (InterruptedException e) {
            picture.cancel(true);
            throw e;
        } catch (ExecutionException e) {
            if (e.getCause() instanceof RuntimeException failure) {
                throw failure;
            }
            throw new IllegalStateException(e.getCause());
        }
    }

    @Override
    public void close() {
        renderPool.shutdownNow();
    }
}
