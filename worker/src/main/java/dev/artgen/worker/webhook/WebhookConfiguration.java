package dev.artgen.worker.webhook;

import dev.artgen.common.messaging.MessageCodec;
import dev.artgen.common.webhook.AddressGuard;
import dev.artgen.common.webhook.Deliveries;
import dev.artgen.common.webhook.WebhookEndpoints;
import dev.artgen.common.webhook.WebhookProperties;
import dev.artgen.common.webhook.WebhookRules;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.security.SecureRandom;
import java.time.Clock;
import java.util.UUID;
import okhttp3.Dns;
import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.ExponentialBackOff;

/** Wires webhook delivery: the event intake, the guarded client and the delivery scheduler. */
@Configuration(proxyBeanMethods = false)
class WebhookConfiguration {

    @Bean
    DeliveryIntake deliveryIntake(
            MessageCodec codec,
            Deliveries deliveries,
            WebhookEndpoints endpoints,
            Clock clock,
            WebhookTracing tracing) {
        return new DeliveryIntake(codec, deliveries, endpoints, clock, tracing);
    }

    /** With tracing switched off (management.tracing.enabled=false) deliveries simply carry no trace. */
    @Bean
    WebhookTracing webhookTracing(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        return new WebhookTracing(
                tracer.getIfAvailable(() -> Tracer.NOOP), propagator.getIfAvailable(() -> Propagator.NOOP));
    }

    /**
     * The intake's own listener factory: when MongoDB is away it keeps retrying the event (with
     * backoff, without end) rather than skipping it or sending it to the jobs' dead-letter topic.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> webhookListenerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        var factory = new ConcurrentKafkaListenerContainerFactory<Object, Object>();
        configurer.configure(factory, consumers);
        var backOff = new ExponentialBackOff(500, 2);
        backOff.setMaxInterval(30_000);
        factory.setCommonErrorHandler(new DefaultErrorHandler(backOff));
        return factory;
    }

    @Bean
    WebhookClient webhookClient(WebhookProperties properties, AddressGuard guard, Clock clock) {
        return new WebhookClient(properties, guard, Dns.SYSTEM, clock);
    }

    @Bean
    DeliveryCourier deliveryCourier(
            Deliveries deliveries,
            WebhookEndpoints endpoints,
            WebhookRules rules,
            WebhookClient client,
            WebhookProperties properties,
            Clock clock,
            WebhookTracing tracing,
            MeterRegistry registry) {
        return new DeliveryCourier(
                deliveries,
                endpoints,
                rules,
                client,
                new RetrySchedule(properties.retry(), new SecureRandom()),
                properties,
                clock,
                tracing,
                registry);
    }

    @Bean
    DeliveryScheduler deliveryScheduler(
            Deliveries deliveries, DeliveryCourier courier, WebhookProperties properties, Clock clock) {
        String workerId = "webhooks-" + ProcessHandle.current().pid() + "-"
                + UUID.randomUUID().toString().substring(0, 8);
        return new DeliveryScheduler(deliveries, courier, properties, workerId, clock);
    }
}
