package dev.artgen.common.messaging;

import java.time.Instant;

/** The message on {@link Topics#JOBS}: small on purpose, MongoDB holds the job itself. */
public record JobRequested(String jobId, Instant requestedAt) {}
