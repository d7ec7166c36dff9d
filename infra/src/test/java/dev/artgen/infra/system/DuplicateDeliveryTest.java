package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.messaging.JobRequested;
import dev.artgen.common.messaging.MessageCodec;
import dev.artgen.common.messaging.Topics;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.common.usage.UsageLedger;
import java.time.Duration;
import java.time.Instant;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Kafka delivers at least once; a job delivered twice still makes one set of images and one usage record. */
class DuplicateDeliveryTest {

    private final ArtGenSystem system = SharedSystem.get();
    private final JobClient jobs = new JobClient(system.http());
    private final Kafka kafka = new Kafka(system.kafkaBootstrapServers());
    private final MessageCodec codec = new MessageCodec();

    @Test
    void completesOnceWhenDeliveredThreeTimesAtOnce() throws Exception {
        Instant now = Instant.now();
        var request = new GenerationRequest("artgen-local", "delivered thrice", 2, "256x256", "low", "auto", "png", 7L);
        Job job =
                system.apiBean(Jobs.class).insert(Job.queued(system.user().id(), request, 3, now, now.plusSeconds(30)));

        for (int i = 0; i < 3; i++) {
            kafka.send(Topics.JOBS, job.id(), codec.write(new JobRequested(job.id(), now)));
        }

        JsonNode done = jobs.awaitState(job.id(), "succeeded");
        awaitAllConsumed();
        assertThat(jobs.get(job.id()).get("attempts").asInt()).isEqualTo(1);
        assertThat(done.get("images")).hasSize(2);
        assertThat(system.apiBean(ImageStore.class).count("images/" + job.id() + "/"))
                .isEqualTo(2);
        assertThat(system.apiBean(UsageLedger.class).countForJob(job.id())).isEqualTo(1);
    }

    @Test
    void redeliveryOfAFinishedJobChangesNothing() throws Exception {
        String id = jobs.submit(job("delivered again later", "size", "256x256"))
                .get("id")
                .asString();
        JsonNode first = jobs.awaitState(id, "succeeded");

        kafka.send(Topics.JOBS, id, codec.write(new JobRequested(id, Instant.now())));
        awaitAllConsumed();

        JsonNode after = jobs.get(id);
        assertThat(after.get("attempts").asInt()).isEqualTo(1);
        assertThat(after.get("updated_at")).isEqualTo(first.get("updated_at"));
        assertThat(system.apiBean(UsageLedger.class).countForJob(id)).isEqualTo(1);
    }

    private void awaitAllConsumed() {
        await().atMost(Duration.ofSeconds(30)).until(() -> kafka.lag("artgen-workers", Topics.JOBS) == 0);
    }
}
