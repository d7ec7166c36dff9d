package dev.artgen.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** The conditional updates against a real MongoDB-wire server: lost races come back empty. */
class JobsTest {

    private static final Duration LEASE = Duration.ofSeconds(30);
    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private Jobs jobs;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        jobs = new Jobs(new MongoTemplate(client, "test"));
        jobs.createIndexes();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private Job aQueuedJob(int maxAttempts) {
        var request = new GenerationRequest("artgen-local", "a cat", 1, "256x256", "low", "auto", "png", 1L);
        return jobs.insert(Job.queued("alice", request, maxAttempts, T0, T0.plusSeconds(300)));
    }

    @Test
    void onlyOneOfTwoWorkersClaimsAJob() {
        Job job = aQueuedJob(3);

        Optional<Job> first = jobs.claim(job.id(), "w1", LEASE, T0);
        Optional<Job> second = jobs.claim(job.id(), "w2", LEASE, T0);

        assertThat(first).hasValueSatisfying(claimed -> {
            assertThat(claimed.state()).isEqualTo(JobState.RUNNING);
            assertThat(claimed.attempts()).isEqualTo(1);
            assertThat(claimed.fence()).isEqualTo(1);
            assertThat(claimed.lease()).isEqualTo(new Lease("w1", T0.plus(LEASE)));
        });
        assertThat(second).isEmpty();
    }

    @Test
    void aWorkerThatLostItsLeaseCannotSucceed() {
        Job job = aQueuedJob(3);
        Claim stale = Claim.of(jobs.claim(job.id(), "w1", LEASE, T0).orElseThrow());
        Instant later = T0.plus(LEASE).plusSeconds(1);
        jobs.reclaimExpired(jobs.find(job.id()).orElseThrow(), later, Duration.ofMinutes(5))
                .orElseThrow();
        Claim fresh = Claim.of(jobs.claim(job.id(), "w2", LEASE, later).orElseThrow());

        assertThat(jobs.succeed(stale, List.of(), Usage.ofImages(1), later)).isEmpty();
        assertThat(jobs.heartbeat(stale, LEASE, later)).isFalse();
        assertThat(jobs.succeed(fresh, List.of(), new Usage(1, 0, 0, BigDecimal.ZERO), later))
                .hasValueSatisfying(done -> {
                    assertThat(done.state()).isEqualTo(JobState.SUCCEEDED);
                    assertThat(done.attempts()).isEqualTo(2);
                    assertThat(done.lease()).isNull();
                });
    }

    @Test
    void expiredLeaseOnTheLastAttemptFailsTheJob() {
        Job job = aQueuedJob(1);
        jobs.claim(job.id(), "w1", LEASE, T0).orElseThrow();
        Instant later = T0.plus(LEASE).plusSeconds(1);

        assertThat(jobs.withExpiredLease(T0, 10)).isEmpty();
        Job expired = jobs.withExpiredLease(later, 10).getFirst();
        Job failed = jobs.reclaimExpired(expired, later, Duration.ofMinutes(5)).orElseThrow();

        assertThat(failed.state()).isEqualTo(JobState.FAILED);
        assertThat(failed.error().code()).isEqualTo("worker_lost");
    }

    @Test
    void retryWaitsForItsBackoffBeforeItCanBeClaimedAgain() {
        Job job = aQueuedJob(3);
        Claim claim = Claim.of(jobs.claim(job.id(), "w1", LEASE, T0).orElseThrow());
        Instant retryAt = T0.plusSeconds(10);

        Job queued = jobs.retryLater(claim, new JobError("rate_limited", "slow down"), retryAt, T0)
                .orElseThrow();

        assertThat(queued.state()).isEqualTo(JobState.QUEUED);
        assertThat(jobs.claim(job.id(), "w1", LEASE, T0.plusSeconds(5))).isEmpty();
        assertThat(jobs.dueForDispatch(T0.plusSeconds(5), 10)).isEmpty();
        assertThat(jobs.dueForDispatch(retryAt, 10)).extracting(Job::id).containsExactly(job.id());
        assertThat(jobs.claim(job.id(), "w1", LEASE, retryAt)).isPresent();
    }

    @Test
    void onlyOneSweeperRedispatchesAJob() {
        Job job = aQueuedJob(3);
        Job due = jobs.dueForDispatch(T0.plusSeconds(300), 10).getFirst();

        assertThat(jobs.markDispatched(due, T0.plusSeconds(600))).isTrue();
        assertThat(jobs.markDispatched(due, T0.plusSeconds(600))).isFalse();
        assertThat(jobs.find(job.id()).orElseThrow().dispatchAt()).isEqualTo(T0.plusSeconds(600));
    }

    @Test
    void canceledJobCannotBeClaimedOrCanceledAgain() {
        Job job = aQueuedJob(3);

        assertThat(jobs.cancel(job.id(), T0))
                .hasValueSatisfying(c -> assertThat(c.state()).isEqualTo(JobState.CANCELED));
        assertThat(jobs.cancel(job.id(), T0)).isEmpty();
        assertThat(jobs.claim(job.id(), "w1", LEASE, T0)).isEmpty();
    }

    @Test
    void pagesWalkNewestFirstPerOwner() {
        Job a = aQueuedJob(3);
        Job b = aQueuedJob(3);
        Job c = aQueuedJob(3);

        assertThat(jobs.page("alice", null, 2)).extracting(Job::id).containsExactly(c.id(), b.id());
        assertThat(jobs.page("alice", b.id(), 2)).extracting(Job::id).containsExactly(a.id());
        assertThat(jobs.page("bob", null, 2)).isEmpty();
    }
}
