package dev.artgen.api.models;

import dev.artgen.common.model.ModelCatalog;
import dev.artgen.common.model.ModelSpec;
import io.swagger.v3.oas.annotations.Operation;
import java.util.List;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The models this server offers and exactly which parameter values each accepts. */
@RestController
class ModelsController {

    private final ModelCatalog catalog;

    ModelsController(ModelCatalog catalog) {
        this.catalog = catalog;
    }

    /** The list, OpenAI-style; the first value of each parameter list is the default. */
    record ModelList(List<ModelSpec> data) {}

    @Operation(summary = "List models and the parameters each accepts (first value is the default)")
    @GetMapping("/v1/models")
    ModelList list() {
        return new ModelList(catalog.all());
    }
}
