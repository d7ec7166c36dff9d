package dev.artgen.api.limits;

import dev.artgen.common.quota.Admission;
import java.time.Instant;

/** The job would take a budget past its limit; answered 429 naming the budget and when it resets. */
public class QuotaExceeded extends RuntimeException {

    private final Admission.OverBudget over;

    QuotaExceeded(Admission.OverBudget over) {
        super("This job needs " + over.requested().toPlainString() + " of your " + budget(over) + " budget of "
                + over.limit().toPlainString() + ", of which " + over.used().toPlainString()
                + " is used; it resets at " + over.resetsAt() + ".");
        this.over = over;
    }

    /** The budget's name as the limits API spells it, e.g. "images_per_day" or "cost_per_month_usd". */
    public String budget() {
        return budget(over);
    }

    public Admission.OverBudget over() {
        return over;
    }

    public Instant resetsAt() {
        return over.resetsAt();
    }

    private static String budget(Admission.OverBudget over) {
        return switch (over.measure()) {
            case IMAGES -> "images_per_" + over.period().wireName();
            case COST_USD -> "cost_per_" + over.period().wireName() + "_usd";
        };
    }
}
