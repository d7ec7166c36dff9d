package dev.artgen.common;

import dev.artgen.common.health.HealthConfiguration;
import dev.artgen.common.job.JobProperties;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.messaging.JobDispatch;
import dev.artgen.common.messaging.JobEventPublisher;
import dev.artgen.common.messaging.MessageCodec;
import dev.artgen.common.messaging.TopicProperties;
import dev.artgen.common.messaging.Topics;
import dev.artgen.common.metrics.JobMetrics;
import dev.artgen.common.model.LocalModels;
import dev.artgen.common.model.ModelCatalog;
import dev.artgen.common.model.ModelSpec;
import dev.artgen.common.model.OpenAiModels;
import dev.artgen.common.model.RequestCheck;
import dev.artgen.common.pricing.PriceProperties;
import dev.artgen.common.pricing.PriceTable;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.common.storage.S3ImageStore;
import dev.artgen.common.storage.StorageProperties;
import dev.artgen.common.upload.UploadIntake;
import dev.artgen.common.upload.UploadProperties;
import dev.artgen.common.upload.Uploads;
import dev.artgen.common.usage.UsageLedger;
import dev.artgen.common.webhook.AddressGuard;
import dev.artgen.common.webhook.Deliveries;
import dev.artgen.common.webhook.WebhookEndpoints;
import dev.artgen.common.webhook.WebhookProperties;
import dev.artgen.common.webhook.WebhookRules;
import dev.artgen.common.worker.Workers;
import io.micrometer.core.instrument.MeterRegistry;
import io.minio.MinioClient;
import java.time.Clock;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.apache.kafka.clients.admin.NewTopic;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.ApplicationEventPublisher;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.context.annotation.Import;
import org.springframework.core.env.Environment;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.util.StringUtils;

/** What api and worker both need: the job store, the image store, the topics and the catalogue. */
@Configuration(proxyBeanMethods = false)
@EnableConfigurationProperties({
    StorageProperties.class,
    TopicProperties.class,
    JobProperties.class,
    UploadProperties.class,
    WebhookProperties.class,
    PriceProperties.class
})
@Import(HealthConfiguration.class)
public class CommonConfiguration {

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    MessageCodec messageCodec() {
        return new MessageCodec();
    }

    @Bean
    Jobs jobs(MongoOperations mongo) {
        Jobs jobs = new Jobs(mongo);
        jobs.createIndexes();
        return jobs;
    }

    @Bean
    Uploads uploads(MongoOperations mongo) {
        Uploads uploads = new Uploads(mongo);
        uploads.createIndexes();
        return uploads;
    }

    @Bean
    WebhookEndpoints webhookEndpoints(MongoOperations mongo) {
        WebhookEndpoints endpoints = new WebhookEndpoints(mongo);
        endpoints.createIndexes();
        return endpoints;
    }

    @Bean
    Deliveries deliveries(MongoOperations mongo) {
        Deliveries deliveries = new Deliveries(mongo);
        deliveries.createIndexes();
        return deliveries;
    }

    @Bean
    AddressGuard addressGuard(WebhookProperties webhooks) {
        return new AddressGuard(webhooks.allowLoopback());
    }

    @Bean
    WebhookRules webhookRules(AddressGuard guard, WebhookProperties webhooks) {
        return new WebhookRules(guard, webhooks.allowedPorts());
    }

    @Bean
    UploadIntake uploadIntake(Uploads uploads, ImageStore store, UploadProperties limits, Clock clock) {
        return new UploadIntake(uploads, store, limits, clock);
    }

    @Bean
    UsageLedger usageLedger(MongoOperations mongo) {
        UsageLedger ledger = new UsageLedger(mongo);
        ledger.createIndexes();
        return ledger;
    }

    /**
     * The models offered: the local model unless disabled, and OpenAI's when an API key is set. The
     * api reads the same two settings only to decide what to offer; it never calls a provider.
     */
    @Bean
    ModelCatalog modelCatalog(Environment environment) {
        List<ModelSpec> models = new ArrayList<>();
        if (environment.getProperty("artgen.providers.local.enabled", Boolean.class, true)) {
            models.add(LocalModels.SPEC);
        }
        if (StringUtils.hasText(environment.getProperty("artgen.providers.openai.api-key"))) {
            models.addAll(OpenAiModels.all());
            // For an OpenAI-compatible server (base-url) that still serves models OpenAI has retired.
            if (environment.getProperty("artgen.providers.openai.offer-retired-models", Boolean.class, false)) {
                models.addAll(OpenAiModels.compatibleOnly());
            }
        }
        return new ModelCatalog(models);
    }

    @Bean
    PriceTable priceTable(PriceProperties prices) {
        return new PriceTable(prices.prices());
    }

    @Bean
    RequestCheck requestCheck(ModelCatalog catalog) {
        return new RequestCheck(catalog);
    }

    @Bean
    MinioClient minioClient(StorageProperties storage) {
        return MinioClient.builder()
                .endpoint(storage.endpoint())
                .region(storage.region())
                .credentials(storage.accessKey(), storage.secretKey())
                .build();
    }

    @Bean
    S3ImageStore imageStore(MinioClient client, StorageProperties storage) {
        S3ImageStore store = new S3ImageStore(client, storage.bucket());
        store.ensureBucket();
        return store;
    }

    @Bean
    JobDispatch jobDispatch(KafkaTemplate<String, String> kafka, MessageCodec codec, Clock clock) {
        return new JobDispatch(kafka, codec, clock, Duration.ofSeconds(10));
    }

    @Bean
    JobEventPublisher jobEventPublisher(
            KafkaTemplate<String, String> kafka,
            MessageCodec codec,
            Clock clock,
            ApplicationEventPublisher localEvents) {
        return new JobEventPublisher(kafka, codec, clock, localEvents);
    }

    @Bean
    JobMetrics jobMetrics(MeterRegistry registry) {
        return new JobMetrics(registry);
    }

    @Bean
    Workers workers(MongoOperations mongo) {
        Workers workers = new Workers(mongo);
        workers.createIndexes();
        return workers;
    }

    @Bean
    NewTopic jobsTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.JOBS)
                .partitions(topics.jobPartitions())
                .replicas(topics.replicas())
                .build();
    }

    @Bean
    NewTopic jobsDeadLetterTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.JOBS_DEAD_LETTER)
                .partitions(1)
                .replicas(topics.replicas())
                .build();
    }

    @Bean
    NewTopic jobEventsTopic(TopicProperties topics) {
        return TopicBuilder.name(Topics.JOB_EVENTS)
                .partitions(topics.eventPartitions())
                .replicas(topics.replicas())
                .build();
    }
}
