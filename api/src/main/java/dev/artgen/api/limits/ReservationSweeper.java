package dev.artgen.api.limits;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.quota.Quotas;
import dev.artgen.common.quota.Reservation;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * The safety net under {@link QuotaSettlement}: job events are fire-and-forget, and an api may crash
 * between reserving and storing a job. Old reservations whose job ended, or never came to be, are
 * settled here; every instance may sweep, since settling is idempotent.
 */
class ReservationSweeper {

    private static final Logger log = LoggerFactory.getLogger(ReservationSweeper.class);
    private static final int BATCH = 200;

    private final Quotas quotas;
    private final Jobs jobs;
    private final QuotaSettlement settlement;
    private final LimitsProperties properties;
    private final Clock clock;

    ReservationSweeper(Quotas quotas, Jobs jobs, QuotaSettlement settlement, LimitsProperties properties, Clock clock) {
        this.quotas = quotas;
        this.jobs = jobs;
        this.settlement = settlement;
        this.properties = properties;
        this.clock = clock;
    }

    @Scheduled(
            initialDelayString = "${artgen.limits.sweep-every:1m}",
            fixedDelayString = "${artgen.limits.sweep-every:1m}")
    void sweep() {
        int settled = 0;
        for (Reservation reservation : quotas.heldSince(clock.instant().minus(properties.sweepAfter()), BATCH)) {
            Optional<Job> job = jobs.find(reservation.jobId());
            if (job.isEmpty()) {
                settlement.settleGone(reservation.jobId());
                settled++;
            } else if (job.get().state().isTerminal()) {
                settlement.settle(job.get());
                settled++;
            }
        }
        if (settled > 0) {
            log.info("Settled {} reservations whose job event never arrived", settled);
        }
    }
}
