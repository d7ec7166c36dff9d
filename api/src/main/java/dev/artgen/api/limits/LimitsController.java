package dev.artgen.api.limits;

import dev.artgen.api.CurrentUser;
import dev.artgen.common.quota.Quotas;
import io.swagger.v3.oas.annotations.Operation;
import java.time.Clock;
import java.time.Instant;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** A user's own limits, usage and remaining budget. */
@RestController
class LimitsController {

    private final EffectiveLimits limits;
    private final Quotas quotas;
    private final Clock clock;

    LimitsController(EffectiveLimits limits, Quotas quotas, Clock clock) {
        this.limits = limits;
        this.quotas = quotas;
        this.clock = clock;
    }

    @Operation(
            summary = "Your limits, usage and remaining budget",
            description = "Request rates, jobs in flight, and images and cost per day and month (UTC); "
                    + "used includes the estimates reserved for unfinished jobs.")
    @GetMapping("/v1/limits")
    LimitsView mine() {
        String user = CurrentUser.id();
        Instant now = clock.instant();
        return LimitsView.of(user, limits.of(user), quotas.usage(user, now), now);
    }
}
