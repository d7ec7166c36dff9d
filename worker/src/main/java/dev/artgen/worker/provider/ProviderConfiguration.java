package dev.artgen.worker.provider;

import dev.artgen.common.model.ModelCatalog;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.worker.provider.local.LocalModel;
import dev.artgen.worker.provider.local.LocalModelProperties;
import dev.artgen.worker.provider.openai.OpenAiConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import java.util.List;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;

/** The image providers this worker offers. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties(LocalModelProperties.class)
@Import(OpenAiConfiguration.class)
class ProviderConfiguration {

    @Bean
    @ConditionalOnBooleanProperty(name = "artgen.providers.local.enabled", matchIfMissing = true)
    LocalModel localModel(LocalModelProperties properties, ImageStore store) {
        return new LocalModel(properties, store);
    }

    @Bean
    Providers providers(ModelCatalog catalog, List<ImageProvider> providers, MeterRegistry registry) {
        return new Providers(
                catalog,
                providers.stream()
                        .<ImageProvider>map(provider -> new MeteredProvider(provider, registry))
                        .toList());
    }
}
