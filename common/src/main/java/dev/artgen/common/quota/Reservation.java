package dev.artgen.common.quota;

import java.time.Instant;
import java.util.List;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What one job holds while it runs: a slot in flight and its estimate in each period's budget. It is
 * written before anything is taken, so a crash part-way leaves a record the sweeper can settle.
 *
 * @param budgets the ids of the period documents the estimate was added to
 * @param settled what the job really used, once settled; null while held
 */
@Document("quota_reservations")
public record Reservation(
        @Id String jobId,
        String owner,
        Amount estimate,
        List<String> budgets,
        State state,
        Instant createdAt,
        Amount settled,
        Instant settledAt) {

    public Reservation {
        budgets = List.copyOf(budgets);
    }

    /** HELD until the job ends; SETTLED once its actual usage replaced the estimate. */
    public enum State {
        HELD,
        SETTLED
    }
}
