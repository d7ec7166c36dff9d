package dev.artgen.common.quota;

import static org.springframework.data.mongodb.core.query.Criteria.where;

import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.springframework.data.domain.Sort;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.data.mongodb.core.index.Index;
import org.springframework.data.mongodb.core.query.Query;
import org.springframework.data.mongodb.core.query.Update;

/**
 * Jobs in flight and budgets per user, kept without transactions: every step is a single-document
 * conditional update that is safe to repeat. A job is admitted by taking a slot and reserving its
 * estimate in each period, and settled when it ends: actual usage replaces the estimate, the slot is
 * given back. Settling twice, or after a crash half-way, changes nothing more than settling once.
 */
public class Quotas {

    private final MongoOperations mongo;
    private final InFlightSlots slots;
    private final BudgetCounters budgets;

    public Quotas(MongoOperations mongo) {
        this.mongo = mongo;
        this.slots = new InFlightSlots(mongo);
        this.budgets = new BudgetCounters(mongo);
    }

    public void createIndexes() {
        mongo.indexOps(Reservation.class)
                .createIndex(new Index().on("state", Sort.Direction.ASC).on("createdAt", Sort.Direction.ASC));
    }

    /** Takes a slot and reserves {@code estimate} in every period, or takes nothing and says why not. */
    public Admission admit(String owner, String jobId, Amount estimate, Limits limits, Instant now) {
        List<String> ids = new ArrayList<>();
        for (Limits.Budget budget : limits.budgets()) {
            ids.add(BudgetCounters.id(owner, budget.period(), now));
        }
        mongo.insert(new Reservation(jobId, owner, estimate, ids, Reservation.State.HELD, now, null, null));
        if (!slots.take(owner, jobId, limits.jobsInFlight())) {
            forget(jobId);
            return new Admission.TooManyInFlight(limits.jobsInFlight());
        }
        for (int i = 0; i < ids.size(); i++) {
            Limits.Budget budget = limits.budgets().get(i);
            if (!budgets.reserve(ids.get(i), owner, jobId, estimate, budget.images(), budget.costMicros())) {
                for (String reserved : ids.subList(0, i)) {
                    budgets.settle(reserved, jobId, estimate, Amount.ZERO);
                }
                slots.give(owner, jobId);
                forget(jobId);
                return overBudget(budget, budgets.used(ids.get(i)), estimate, now);
            }
        }
        return new Admission.Admitted();
    }

    /**
     * Replaces the job's estimate by {@code actual} and gives its slot back. Idempotent: each step
     * is conditional on the job still being open there, so a repeat or a resumed crash settles once.
     *
     * @return whether this call found the reservation still held
     */
    public boolean settle(String jobId, Amount actual, Instant now) {
        Reservation reservation = mongo.findById(jobId, Reservation.class);
        if (reservation == null || reservation.state() == Reservation.State.SETTLED) {
            return false;
        }
        for (String budget : reservation.budgets()) {
            budgets.settle(budget, jobId, reservation.estimate(), actual);
        }
        slots.give(reservation.owner(), jobId);
        return mongo.updateFirst(
                                Query.query(where("_id").is(jobId).and("state").is(Reservation.State.HELD)),
                                new Update()
                                        .set("state", Reservation.State.SETTLED)
                                        .set("settled", actual)
                                        .set("settledAt", now),
                                Reservation.class)
                        .getModifiedCount()
                == 1;
    }

    /** A job that never went out (the broker refused it): nothing was used. */
    public void release(String jobId, Instant now) {
        settle(jobId, Amount.ZERO, now);
        forget(jobId);
    }

    public Optional<Reservation> reservation(String jobId) {
        return Optional.ofNullable(mongo.findById(jobId, Reservation.class));
    }

    /** Reservations still held that were made before {@code cutoff}: for the sweeper to check. */
    public List<Reservation> heldSince(Instant cutoff, int limit) {
        return mongo.find(
                Query.query(where("state")
                                .is(Reservation.State.HELD)
                                .and("createdAt")
                                .lt(cutoff))
                        .limit(limit),
                Reservation.class);
    }

    /** What the user has in flight and has used in the current periods. */
    public QuotaUsage usage(String owner, Instant now) {
        Map<Period, Amount> used = new EnumMap<>(Period.class);
        for (Period period : Period.values()) {
            used.put(period, budgets.used(BudgetCounters.id(owner, period, now)));
        }
        return new QuotaUsage(slots.count(owner), used);
    }

    private void forget(String jobId) {
        mongo.remove(Query.query(where("_id").is(jobId)), Reservation.class);
    }

    private static Admission overBudget(Limits.Budget budget, Amount used, Amount estimate, Instant now) {
        Instant resetsAt = budget.period().resetsAt(now);
        if (budget.images() != null && used.images() + estimate.images() > budget.images()) {
            return new Admission.OverBudget(
                    budget.period(),
                    Admission.Measure.IMAGES,
                    BigDecimal.valueOf(budget.images()),
                    BigDecimal.valueOf(used.images()),
                    BigDecimal.valueOf(estimate.images()),
                    resetsAt);
        }
        return new Admission.OverBudget(
                budget.period(),
                Admission.Measure.COST_USD,
                budget.costUsd(),
                used.costUsd(),
                estimate.costUsd(),
                resetsAt);
    }

    /** A user's jobs in flight and what each current period has used, reservations included. */
    public record QuotaUsage(int jobsInFlight, Map<Period, Amount> used) {

        public QuotaUsage {
            used = Map.copyOf(used);
        }
    }
}
