package dev.artgen.worker.run;

import dev.artgen.common.job.Claim;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.Jobs;
import io.micrometer.observation.Observation;
import io.micrometer.observation.ObservationRegistry;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.slf4j.MDC;
import org.springframework.beans.factory.DisposableBean;

/**
 * Claims jobs and runs each on its own virtual thread, at most {@code maxInFlight} at a time. When
 * every slot is busy, {@link #offer} blocks the Kafka consumer thread: backpressure, not a queue in
 * memory that a crash would lose.
 */
class JobRunner implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(JobRunner.class);

    private final Jobs jobs;
    private final JobExecution execution;
    private final InFlight inFlight;
    private final WorkerProperties properties;
    private final String workerId;
    private final Clock clock;
    private final ObservationRegistry observations;
    private final Semaphore slots;
    private final ExecutorService executor = Executors.newThreadPerTaskExecutor(
            Thread.ofVirtual().name("job-", 0).factory());

    JobRunner(
            Jobs jobs,
            JobExecution execution,
            InFlight inFlight,
            WorkerProperties properties,
            String workerId,
            Clock clock,
            ObservationRegistry observations) {
        this.jobs = jobs;
        this.execution = execution;
        this.inFlight = inFlight;
        this.properties = properties;
        this.workerId = workerId;
        this.clock = clock;
        this.observations = observations;
        this.slots = new Semaphore(properties.maxInFlight());
    }

    /** Claims the job if it is still waiting and starts it; a duplicate or late message is a no-op. */
    void offer(String jobId) throws InterruptedException {
        slots.acquire();
        Optional<Job> claimed;
        try {
            claimed = jobs.claim(jobId, workerId, properties.lease(), clock.instant());
        } catch (RuntimeException e) {
            slots.release();
            throw e;
        }
        if (claimed.isEmpty()) {
            slots.release();
            log.debug("Job {} is not waiting to run (already claimed, finished, canceled or backing off)", jobId);
            return;
        }
        Job job = claimed.get();
        Claim claim = Claim.of(job);
        inFlight.add(claim);
        // The run continues the trace of the record that asked for it (the api's request), on its own thread.
        Observation run = Observation.createNotStarted("artgen.job.execution", observations)
                .parentObservation(observations.getCurrentObservation())
                .contextualName("run job")
                .lowCardinalityKeyValue("model", job.request().model())
                .highCardinalityKeyValue("job.id", job.id());
        executor.execute(() -> {
            try (var jobInLog = MDC.putCloseable("job_id", job.id());
                    var userInLog = MDC.putCloseable("user_id", job.owner())) {
                run.observe(() -> execution.run(job, claim));
            } finally {
                inFlight.remove(claim);
                slots.release();
            }
        });
    }

    int inFlight() {
        return inFlight.size();
    }

    /** Lets running jobs finish for a grace period, then abandons them to their leases. */
    @Override
    public void destroy() throws InterruptedException {
        executor.shutdown();
        if (!executor.awaitTermination(properties.shutdownGrace().toMillis(), TimeUnit.MILLISECONDS)) {
            log.info("Leaving {} unfinished jobs to their leases", inFlight.size());
            executor.shutdownNow();
        }
    }
}
