package dev.artgen.api.limits;

import dev.artgen.common.job.Job;
import dev.artgen.common.pricing.PriceTable;
import dev.artgen.common.quota.Admission;
import dev.artgen.common.quota.Amount;
import dev.artgen.common.quota.Quotas;
import java.time.Clock;

/**
 * The quota gate of job submission: a job starts only with a slot in flight and its estimated
 * pictures and cost reserved in the owner's budgets; otherwise nothing is taken and the caller hears
 * which limit stopped it.
 */
public class JobAdmission {

    private final Quotas quotas;
    private final EffectiveLimits limits;
    private final PriceTable prices;
    private final Clock clock;
    private final Refusals refusals;

    JobAdmission(Quotas quotas, EffectiveLimits limits, PriceTable prices, Clock clock, Refusals refusals) {
        this.refusals = refusals;
        this.quotas = quotas;
        this.limits = limits;
        this.prices = prices;
        this.clock = clock;
    }

    /** Reserves for {@code job}, which is not stored yet; throws when a limit says no. */
    public void admit(Job job) {
        Amount estimate = Amount.of(job.request().n(), prices.estimate(job.request()));
        Admission admission = quotas.admit(job.owner(), job.id(), estimate, limits.of(job.owner()), clock.instant());
        switch (admission) {
            case Admission.Admitted admitted -> {}
            case Admission.TooManyInFlight tooMany -> {
                refusals.quotaRefused("jobs_in_flight");
                throw new TooManyJobsInFlight(tooMany.limit());
            }
            case Admission.OverBudget over -> {
                QuotaExceeded exceeded = new QuotaExceeded(over);
                refusals.quotaRefused(exceeded.budget());
                throw exceeded;
            }
        }
    }

    /** Gives back everything {@link #admit} took, for a job that was never published. */
    public void release(String jobId) {
        quotas.release(jobId, clock.instant());
    }
}
