package dev.artgen.worker.provider.openai;

import com.openai.client.OpenAIClient;
import com.openai.core.MultipartField;
import com.openai.models.images.ImageCreateVariationParams;
import com.openai.models.images.ImageEditParams;
import com.openai.models.images.ImageGenerateParams;
import com.openai.models.images.ImagesResponse;
import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.InputImage;
import dev.artgen.common.job.Usage;
import dev.artgen.common.model.ModelCatalog;
import dev.artgen.common.model.ModelSpec;
import dev.artgen.common.pricing.PriceTable;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.worker.provider.Generation;
import dev.artgen.worker.provider.ImageProvider;
import dev.artgen.worker.provider.ProviderFailure;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@link ImageProvider} for OpenAI's Image API (or any server that speaks it) through openai-java.
 * Makes as many calls as the model needs for the job's n, behind one circuit breaker per worker.
 */
public class OpenAiImages implements ImageProvider {

    private final OpenAIClient client;
    private final ImageStore store;
    private final ModelCatalog catalog;
    private final CircuitBreaker breaker;
    private final Duration pauseWhenOpen;
    private final PriceTable prices;
    private final ImagesPerMinute rateLimit;

    public OpenAiImages(
            OpenAIClient client,
            ImageStore store,
            ModelCatalog catalog,
            CircuitBreaker breaker,
            Duration pauseWhenOpen,
            PriceTable prices,
            ImagesPerMinute rateLimit) {
        this.client = client;
        this.store = store;
        this.catalog = catalog;
        this.breaker = breaker;
        this.pauseWhenOpen = pauseWhenOpen;
        this.prices = prices;
        this.rateLimit = rateLimit;
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public Generation generate(String jobId, GenerationRequest request) throws InterruptedException {
        ModelSpec spec = catalog.find(request.model()).orElseThrow();
        List<Generation.Picture> pictures = new ArrayList<>();
        long inputTokens = 0;
        long inputImageTokens = 0;
        long outputTokens = 0;
        while (pictures.size() < request.n()) {
            int count = Math.min(spec.maxImagesPerCall(), request.n() - pictures.size());
            rateLimit.acquire(count);
            ImagesResponse response = switch (request.operation()) {
                case GENERATE -> call(() -> client.images().generate(params(request, count, spec)));
                case EDIT -> call(() -> client.images().edit(editParams(request, count)));
                case VARIATION -> call(() -> client.images().createVariation(variationParams(request, count)));
            };
            for (var image : response.data().orElse(List.of())) {
                String b64 = image.b64Json()
                        .orElseThrow(() -> new ProviderFailure.Permanent(
                                "provider_response", "The image provider answered without image data.", null));
                pictures.add(Pictures.of(Base64.getDecoder().decode(b64), request.size(), request.outputFormat()));
            }
            if (response.data().map(List::isEmpty).orElse(true)) {
                throw new ProviderFailure.Transient(
                        "provider_response", "The image provider answered without images.", null);
            }
            if (response.usage().isPresent()) {
                var usage = response.usage().get();
                inputTokens += usage.inputTokens();
                inputImageTokens += usage.inputTokensDetails().imageTokens();
                outputTokens += usage.outputTokens();
            }
        }
        var cost =
                prices.cost(request, pictures.size(), inputTokens - inputImageTokens, inputImageTokens, outputTokens);
        return new Generation(pictures, new Usage(pictures.size(), inputTokens, outputTokens, cost));
    }

    private ImagesResponse call(Supplier<ImagesResponse> request) {
        try {
            return breaker.executeSupplier(request);
        } catch (CallNotPermittedException open) {
            throw new ProviderFailure.Transient(
                    "provider_unavailable",
                    "The image provider has been failing; ArtGen pauses calls to it for a while.",
                    null,
                    pauseWhenOpen);
        } catch (ProviderFailure failure) {
            throw failure;
        } catch (RuntimeException failure) {
            throw FailureClassifier.classify(failure);
        }
    }

    /** Exactly the parameters the model takes: nothing it would reject, nothing left to a server default we did not choose. */
    static ImageGenerateParams params(GenerationRequest request, int count, ModelSpec spec) {
        var params = ImageGenerateParams.builder()
                .model(request.model())
                .prompt(request.prompt())
                .n(count)
                .size(request.size());
        if (request.quality() != null) {
            params.quality(ImageGenerateParams.Quality.of(request.quality()));
        }
        if (request.background() != null) {
            params.background(ImageGenerateParams.Background.of(request.background()));
        }
        if (request.style() != null) {
            params.style(ImageGenerateParams.Style.of(request.style()));
        }
        if (request.moderation() != null) {
            params.moderation(ImageGenerateParams.Moderation.of(request.moderation()));
        }
        if (request.outputCompression() != null) {
            params.outputCompression(request.outputCompression().longValue());
        }
        if (spec.id().startsWith("dall-e")) {
            // DALL·E answers with a URL by default; ask for the bytes so nothing depends on a link that expires.
            params.responseFormat(ImageGenerateParams.ResponseFormat.B64_JSON);
        } else if (request.outputFormat() != null) {
            params.outputFormat(ImageGenerateParams.OutputFormat.of(request.outputFormat()));
        }
        return params.build();
    }

    /** An edit: the input pictures (and mask) as multipart files named by their real format. */
    ImageEditParams editParams(GenerationRequest request, int count) {
        List<InputImage> inputs = request.images();
        var images = inputs.stream().map(this::bytesOf).toList();
        var params = ImageEditParams.builder()
                .model(request.model())
                .prompt(request.prompt())
                .n(count)
                .size(request.size())
                .image(MultipartField.<ImageEditParams.Image>builder()
                        .value(
                                inputs.size() == 1
                                        ? ImageEditParams.Image.ofInputStream(images.getFirst())
                                        : ImageEditParams.Image.ofInputStreams(images))
                        .filename("image." + extension(inputs.getFirst().format()))
                        .contentType("image/" + inputs.getFirst().format())
                        .build());
        if (request.mask() != null) {
            params.mask(MultipartField.<InputStream>builder()
                    .value(bytesOf(request.mask()))
                    .filename("mask.png")
                    .contentType("image/png")
                    .build());
        }
        if (request.quality() != null) {
            params.quality(ImageEditParams.Quality.of(request.quality()));
        }
        if (request.background() != null) {
            params.background(ImageEditParams.Background.of(request.background()));
        }
        if (request.outputCompression() != null) {
            params.outputCompression(request.outputCompression().longValue());
        }
        if (request.model().startsWith("dall-e")) {
            params.responseFormat(ImageEditParams.ResponseFormat.B64_JSON);
        } else if (request.outputFormat() != null) {
            params.outputFormat(ImageEditParams.OutputFormat.of(request.outputFormat()));
        }
        return params.build();
    }

    /** A variation of the one input picture (DALL·E 2, or a compatible server's model). */
    ImageCreateVariationParams variationParams(GenerationRequest request, int count) {
        InputImage input = request.images().getFirst();
        return ImageCreateVariationParams.builder()
                .model(request.model())
                .n(count)
                .size(ImageCreateVariationParams.Size.of(request.size()))
                .responseFormat(ImageCreateVariationParams.ResponseFormat.B64_JSON)
                .image(MultipartField.<InputStream>builder()
                        .value(bytesOf(input))
                        .filename("image." + extension(input.format()))
                        .contentType("image/" + input.format())
                        .build())
                .build();
    }

    private InputStream bytesOf(InputImage image) {
        try (InputStream stored = store.open(image.key())) {
            return new ByteArrayInputStream(stored.readAllBytes());
        } catch (IOException e) {
            throw new ProviderFailure.Transient(
                    "input_unavailable", "An input picture could not be read from storage.", e);
        }
    }

    private static String extension(String format) {
        return "jpeg".equals(format) ? "jpg" : format;
    }
}
