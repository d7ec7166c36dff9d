package dev.artgen.api.jobs;

import java.time.Duration;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * How long ArtGen remembers an {@code Idempotency-Key} on job submission.
 *
 * @param keepFor a key answers with its job for this long after first use, then may be used afresh
 * @param inProgressFor a submission that never finished (its api crashed) holds its key this long;
 *     a retry in that time gets 409, after it the retry submits anew
 */
@ConfigurationProperties("artgen.idempotency")
record IdempotencyProperties(
        @DefaultValue("24h") Duration keepFor,
        @DefaultValue("30s") Duration inProgressFor) {}
