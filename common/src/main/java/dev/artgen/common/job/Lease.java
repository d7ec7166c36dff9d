package dev.artgen.common.job;

import java.time.Instant;

/** A worker's time-limited hold on a running job. */
public record Lease(String owner, Instant until) {}
