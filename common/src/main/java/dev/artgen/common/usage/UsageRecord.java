package dev.artgen.common.usage;

import java.math.BigDecimal;
import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/** What one job cost, keyed by the job id so a job that runs twice is still counted once. */
@Document("usage")
public record UsageRecord(
        @Id String jobId,
        String owner,
        String model,
        int images,
        long inputTokens,
        long outputTokens,
        BigDecimal costUsd,
        Instant recordedAt) {}
