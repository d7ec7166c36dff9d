package dev.artgen.common.worker;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * What a worker last said about itself; it says so again every heartbeat, so a worker whose
 * {@code lastSeenAt} is old has stopped or is cut off.
 *
 * @param id the worker's name, as in job leases
 * @param inFlight jobs it was running at its last heartbeat
 * @param maxInFlight jobs it runs at most at once
 */
@Document("workers")
public record WorkerStatus(
        @Id String id, String host, int inFlight, int maxInFlight, Instant startedAt, Instant lastSeenAt) {}
