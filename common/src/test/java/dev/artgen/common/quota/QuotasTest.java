package dev.artgen.common.quota;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Admission and settlement against a MongoDB-wire server: atomic under bursts, idempotent to settle. */
class QuotasTest {

    private static final Instant NOW = Instant.parse("2026-11-29T10:15:30Z");
    private static final Rate ANY_RATE = new Rate(100, 60);

    private MongoServer server;
    private MongoClient client;
    private Quotas quotas;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        quotas = new Quotas(new MongoTemplate(client, "test"));
        quotas.createIndexes();
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    private static Limits limits(int inFlight, Long imagesPerDay, BigDecimal costPerDay) {
        return new Limits(ANY_RATE, ANY_RATE, inFlight, imagesPerDay, null, costPerDay, null);
    }

    private long admittedOf(int attempts, Amount each, Limits limits) throws Exception {
        List<Callable<Admission>> burst = new ArrayList<>();
        for (int i = 0; i < attempts; i++) {
            String jobId = "job_" + i;
            burst.add(() -> quotas.admit("ann", jobId, each, limits, NOW));
        }
        try (var executor = Executors.newFixedThreadPool(attempts)) {
            long admitted = 0;
            for (Future<Admission> answer : executor.invokeAll(burst)) {
                admitted += answer.get() instanceof Admission.Admitted ? 1 : 0;
            }
            return admitted;
        }
    }

    @Test
    void aBurstGetsExactlyTheSlotsInFlight() throws Exception {
        assertThat(admittedOf(20, new Amount(1, 0), limits(5, null, null))).isEqualTo(5);
        assertThat(quotas.usage("ann", NOW).jobsInFlight()).isEqualTo(5);
    }

    @Test
    void aBurstWithinTheLimitsIsAdmittedWholeEvenOnAFreshDay() throws Exception {
        // Every first reservation of a period races to create its document; none may lose by it.
        for (int round = 0; round < 5; round++) {
            quotas = new Quotas(new MongoTemplate(client, "round" + round));
            assertThat(admittedOf(20, new Amount(1, 1), limits(20, 20L, BigDecimal.ONE)))
                    .isEqualTo(20);
        }
    }

    @Test
    void aBurstCannotOverspendTheImageBudget() throws Exception {
        assertThat(admittedOf(20, new Amount(2, 0), limits(100, 9L, null))).isEqualTo(4);
        assertThat(quotas.usage("ann", NOW).used().get(Period.DAY).images()).isEqualTo(8);
    }

    @Test
    void aBurstCannotOverspendTheCostBudget() throws Exception {
        Amount fourCents = Amount.of(1, new BigDecimal("0.04"));
        assertThat(admittedOf(10, fourCents, limits(100, null, new BigDecimal("0.10"))))
                .isEqualTo(2);
    }

    @Test
    void aRejectedJobTakesNothing() {
        Limits oneImage = limits(5, 1L, null);
        quotas.admit("ann", "job_a", new Amount(1, 0), oneImage, NOW);

        Admission second = quotas.admit("ann", "job_b", new Amount(1, 0), oneImage, NOW);

        assertThat(second).isInstanceOfSatisfying(Admission.OverBudget.class, over -> {
            assertThat(over.period()).isEqualTo(Period.DAY);
            assertThat(over.measure()).isEqualTo(Admission.Measure.IMAGES);
            assertThat(over.resetsAt()).isEqualTo(Instant.parse("2026-11-30T00:00:00Z"));
        });
        assertThat(quotas.reservation("job_b")).isEmpty();
        assertThat(quotas.usage("ann", NOW).jobsInFlight()).isEqualTo(1);
        assertThat(quotas.usage("ann", NOW).used().get(Period.MONTH).images()).isEqualTo(1);
    }

    @Test
    void settlingReplacesTheEstimateByActualUseOnce() {
        quotas.admit("ann", "job_a", Amount.of(2, new BigDecimal("0.50")), limits(5, 10L, BigDecimal.ONE), NOW);

        Amount actual = Amount.of(2, new BigDecimal("0.31"));
        assertThat(quotas.settle("job_a", actual, NOW)).isTrue();
        assertThat(quotas.settle("job_a", actual, NOW)).isFalse();

        Quotas.QuotaUsage usage = quotas.usage("ann", NOW);
        assertThat(usage.jobsInFlight()).isZero();
        assertThat(usage.used().get(Period.DAY)).isEqualTo(actual);
        assertThat(usage.used().get(Period.MONTH)).isEqualTo(actual);
    }

    @Test
    void aFailedOrCanceledJobWithoutUsageFreesItsReservation() {
        quotas.admit("ann", "job_a", Amount.of(3, new BigDecimal("0.20")), limits(1, 3L, null), NOW);

        quotas.settle("job_a", Amount.ZERO, NOW);

        assertThat(quotas.usage("ann", NOW).used().get(Period.DAY)).isEqualTo(Amount.ZERO);
        assertThat(quotas.admit("ann", "job_b", new Amount(3, 0), limits(1, 3L, null), NOW))
                .isInstanceOf(Admission.Admitted.class);
    }

    @Test
    void settlementIsAttributedToThePeriodTheJobWasAcceptedIn() {
        Instant lateEvening = Instant.parse("2026-11-29T23:59:59Z");
        quotas.admit("ann", "job_a", new Amount(4, 0), limits(5, 10L, null), lateEvening);

        quotas.settle("job_a", new Amount(1, 0), lateEvening.plusSeconds(60));

        assertThat(quotas.usage("ann", lateEvening).used().get(Period.DAY).images())
                .isEqualTo(1);
        assertThat(quotas.usage("ann", lateEvening.plusSeconds(60))
                        .used()
                        .get(Period.DAY)
                        .images())
                .isZero();
    }

    @Test
    void releasingAJobThatNeverWentOutLeavesNoTrace() {
        quotas.admit("ann", "job_a", new Amount(1, 0), limits(1, 10L, null), NOW);

        quotas.release("job_a", NOW);

        assertThat(quotas.reservation("job_a")).isEmpty();
        assertThat(quotas.usage("ann", NOW).jobsInFlight()).isZero();
        assertThat(quotas.usage("ann", NOW).used().get(Period.DAY).images()).isZero();
    }

    @Test
    void usersDoNotShareBudgets() {
        Limits one = limits(1, 1L, null);
        quotas.admit("ann", "job_a", new Amount(1, 0), one, NOW);

        assertThat(quotas.admit("bob", "job_b", new Amount(1, 0), one, NOW)).isInstanceOf(Admission.Admitted.class);
    }
}
