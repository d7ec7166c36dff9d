package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.artgen.common.messaging.Topics;
import java.time.Duration;
import org.apache.kafka.clients.consumer.ConsumerRecord;
import org.junit.jupiter.api.Test;

/** A message no worker can read goes to the dead-letter topic, and the jobs behind it keep flowing. */
class PoisonMessageTest {

    private final ArtGenSystem system = SharedSystem.get();
    private final JobClient jobs = new JobClient(system.http());
    private final Kafka kafka = new Kafka(system.kafkaBootstrapServers());

    @Test
    void unreadableMessagesAreDeadLetteredAndTheRestKeepFlowing() throws Exception {
        kafka.send(Topics.JOBS, "poison-1", "this is not json");
        kafka.send(Topics.JOBS, "poison-2", "{\"job_id\": \"\"}");
        String id = jobs.submit(job("after the poison", "size", "256x256"))
                .get("id")
                .asString();

        jobs.awaitState(id, "succeeded");
        await().atMost(Duration.ofSeconds(30))
                .untilAsserted(() -> assertThat(kafka.readAll(Topics.JOBS_DEAD_LETTER, Duration.ofSeconds(1)).stream()
                                .map(ConsumerRecord::value))
                        .contains("this is not json", "{\"job_id\": \"\"}"));
    }
}
