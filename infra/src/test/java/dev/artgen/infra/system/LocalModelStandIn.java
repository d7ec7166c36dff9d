package dev.artgen.infra.system;

import org.springframework.beans.factory.config.ConfigurableListableBeanFactory;
import org.springframework.beans.factory.support.BeanDefinitionRegistry;
import org.springframework.beans.factory.support.BeanDefinitionRegistryPostProcessor;

/**
 * For tests whose worker runs a scripted provider in the local model's place (same provider name),
 * so the catalogue stays as the api sees it while the behaviour is the test's.
 */
final class LocalModelStandIn {

    private LocalModelStandIn() {}

    /** Removes the real local model's bean; declare the result as a static {@code @Bean}. */
    static BeanDefinitionRegistryPostProcessor withoutTheRealLocalModel() {
        return new BeanDefinitionRegistryPostProcessor() {
            @Override
            public void postProcessBeanDefinitionRegistry(BeanDefinitionRegistry registry) {
                registry.removeBeanDefinition("localModel");
            }

            @Override
            public void postProcessBeanFactory(ConfigurableListableBeanFactory beanFactory) {}
        };
    }
}
