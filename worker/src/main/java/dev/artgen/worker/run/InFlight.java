package dev.artgen.worker.run;

import dev.artgen.common.job.Claim;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/** The claims this worker is running right now; the lease keeper renews exactly these. */
class InFlight {

    private final Map<String, Claim> claims = new ConcurrentHashMap<>();

    void add(Claim claim) {
        claims.put(claim.jobId(), claim);
    }

    void remove(Claim claim) {
        claims.remove(claim.jobId(), claim);
    }

    Collection<Claim> snapshot() {
        return List.copyOf(claims.values());
    }

    int size() {
        return claims.size();
    }
}
