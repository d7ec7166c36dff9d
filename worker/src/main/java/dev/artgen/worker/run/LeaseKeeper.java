package dev.artgen.worker.run;

import dev.artgen.common.job.Claim;
import dev.artgen.common.job.Jobs;
import java.time.Clock;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Renews the leases of every job this worker is running, so slow provider calls keep their claim
 * and a crashed worker's jobs are free again soon after its last heartbeat.
 */
class LeaseKeeper {

    private static final Logger log = LoggerFactory.getLogger(LeaseKeeper.class);

    private final Jobs jobs;
    private final InFlight inFlight;
    private final WorkerProperties properties;
    private final Clock clock;

    LeaseKeeper(Jobs jobs, InFlight inFlight, WorkerProperties properties, Clock clock) {
        this.jobs = jobs;
        this.inFlight = inFlight;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(fixedDelayString = "${artgen.worker.heartbeat:10s}")
    void renew() {
        for (Claim claim : inFlight.snapshot()) {
            try {
                if (!jobs.heartbeat(claim, properties.lease(), clock.instant())) {
                    // Canceled, or taken over after we missed heartbeats: our final write will be refused.
                    log.info("Lost the lease on job {}; its result will not be recorded by this worker", claim.jobId());
                    inFlight.remove(claim);
                }
            } catch (RuntimeException e) {
                log.warn("Could not renew the lease on job {}: {}", claim.jobId(), e.getMessage());
            }
        }
    }
}
