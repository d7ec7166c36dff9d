package dev.artgen.common.model;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** The models this ArtGen installation offers, by id, in the order they are listed to users. */
public final class ModelCatalog {

    private final Map<String, ModelSpec> models = new LinkedHashMap<>();

    public ModelCatalog(List<ModelSpec> models) {
        models.forEach(model -> this.models.put(model.id(), model));
    }

    public List<ModelSpec> all() {
        return List.copyOf(models.values());
    }

    public Optional<ModelSpec> find(String id) {
        return Optional.ofNullable(id == null ? null : models.get(id));
    }
}
