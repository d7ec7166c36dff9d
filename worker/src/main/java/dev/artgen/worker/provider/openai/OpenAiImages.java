package dev.artgen.worker.provider.openai;

import com.openai.client.OpenAIClient;
import com.openai.models.images.ImageGenerateParams;
import com.openai.models.images.ImagesResponse;
import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.Usage;
import dev.artgen.common.model.ModelCatalog;
import dev.artgen.common.model.ModelSpec;
import dev.artgen.worker.provider.Generation;
import dev.artgen.worker.provider.ImageProvider;
import dev.artgen.worker.provider.ProviderFailure;
import io.github.resilience4j.circuitbreaker.CallNotPermittedException;
import io.github.resilience4j.circuitbreaker.CircuitBreaker;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;

/**
 * {@link ImageProvider} for OpenAI's Image API (or any server that speaks it) through openai-java.
 * Makes as many calls as the model needs for the job's n, behind one circuit breaker per worker.
 */
public class OpenAiImages implements ImageProvider {

    private final OpenAIClient client;
    private final ModelCatalog catalog;
    private final CircuitBreaker breaker;
    private final Duration pauseWhenOpen;
    private final PriceTable prices;

    public OpenAiImages(
            OpenAIClient client,
            ModelCatalog catalog,
            CircuitBreaker breaker,
            Duration pauseWhenOpen,
            PriceTable prices) {
        this.client = client;
        this.catalog = catalog;
        this.breaker = breaker;
        this.pauseWhenOpen = pauseWhenOpen;
        this.prices = prices;
    }

    @Override
    public String name() {
        return "openai";
    }

    @Override
    public Generation generate(String jobId, GenerationRequest request) {
        ModelSpec spec = catalog.find(request.model()).orElseThrow();
        List<Generation.Picture> pictures = new ArrayList<>();
        long inputTokens = 0;
        long inputImageTokens = 0;
        long outputTokens = 0;
        while (pictures.size() < request.n()) {
            int count = Math.min(spec.maxImagesPerCall(), request.n() - pictures.size());
            ImagesResponse response = call(params(request, count, spec));
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

    private ImagesResponse call(ImageGenerateParams params) {
        try {
            return breaker.executeSupplier(() -> client.images().generate(params));
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
}
