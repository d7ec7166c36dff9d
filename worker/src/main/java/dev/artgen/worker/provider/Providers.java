package dev.artgen.worker.provider;

import dev.artgen.common.model.ModelCatalog;
import dev.artgen.common.model.ModelSpec;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Finds the provider that serves a job's model. */
public class Providers {

    private final ModelCatalog catalog;
    private final Map<String, ImageProvider> byName;

    public Providers(ModelCatalog catalog, List<ImageProvider> providers) {
        this.catalog = catalog;
        this.byName = providers.stream().collect(Collectors.toMap(ImageProvider::name, Function.identity()));
    }

    /** The provider for a model; a model this worker cannot serve is a permanent failure. */
    public ImageProvider forModel(String model) {
        ImageProvider provider =
                catalog.find(model).map(ModelSpec::provider).map(byName::get).orElse(null);
        if (provider == null) {
            throw new ProviderFailure.Permanent(
                    "model_unavailable", "Model '" + model + "' is not served by this worker.", null);
        }
        return provider;
    }
}
