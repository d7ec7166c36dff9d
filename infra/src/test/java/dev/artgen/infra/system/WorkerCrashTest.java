package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.artgen.common.job.Job;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.common.usage.UsageLedger;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.JsonNode;

/** Workers that die or are overtaken: leases, fencing and the sweeper keep every job finishing once. */
class WorkerCrashTest {

    private ArtGenSystem system;
    private JobClient jobs;
    private ConfigurableApplicationContext slowWorker;

    @BeforeEach
    void startWithASlowWorker() throws Exception {
        system = ArtGenSystem.start(Map.of("artgen.providers.local.latency", "60s", "artgen.worker.id", "slow-worker"));
        slowWorker = null;
        jobs = new JobClient(system.http());
    }

    @AfterEach
    void stop() throws Exception {
        system.close();
    }

    @Test
    void jobOfAWorkerThatDiedIsFinishedOnceByAnotherAfterItsLeaseExpires() {
        String id = jobs.submit(job("survives a crash", "n", 2, "size", "256x256"))
                .get("id")
                .asString();
        awaitRunningOn(id, "slow-worker");

        crashTheSlowWorker();
        system.startWorker(Map.of("artgen.worker.id", "rescuer"));

        JsonNode done = jobs.awaitState(id, "succeeded");
        assertThat(done.get("attempts").asInt()).isEqualTo(2);
        assertThat(done.get("images")).hasSize(2);
        assertThat(system.apiBean(UsageLedger.class).countForJob(id)).isEqualTo(1);
        assertThat(system.apiBean(ImageStore.class).count("images/" + id + "/")).isEqualTo(2);
    }

    @Test
    void cancelingARunningJobFencesOutItsWorker() {
        String id = jobs.submit(job("canceled mid-flight", "size", "256x256"))
                .get("id")
                .asString();
        awaitRunningOn(id, "slow-worker");

        Http.Response cancel = system.http().post("/v1/jobs/" + id + "/cancel", "application/json", "");

        assertThat(cancel.status()).isEqualTo(200);
        assertThat(cancel.json().get("state").asString()).isEqualTo("canceled");
        assertThat(jobs.get(id).get("state").asString()).isEqualTo("canceled");
    }

    @Test
    void aRunningJobCannotBeDeletedOnlyCanceled() {
        String id =
                jobs.submit(job("still running", "size", "256x256")).get("id").asString();
        awaitRunningOn(id, "slow-worker");

        Http.Response delete = system.http().delete("/v1/jobs/" + id);

        assertThat(delete.status()).isEqualTo(409);
        assertThat(delete.json().get("detail").asString()).contains("cancel it");
        assertThat(jobs.get(id).get("state").asString()).isEqualTo("running");
    }

    private void awaitRunningOn(String id, String worker) {
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            Job job = system.mongo().findById(id, Job.class);
            return job != null
                    && job.lease() != null
                    && worker.equals(job.lease().owner());
        });
    }

    /** Closing with no shutdown grace abandons the running job without a word, as a crash would. */
    private void crashTheSlowWorker() {
        slowWorker = system.workers().getFirst();
        slowWorker.close();
    }
}
