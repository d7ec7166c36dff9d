package dev.artgen.common.webhook;

import java.time.Instant;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * One user's secrets for the webhooks attached to single jobs (those have no endpoint of their own
 * to hold one). Created on first use.
 */
@Document("webhook_job_keys")
public record JobSigningKey(@Id String owner, SigningSecrets secrets, Instant updatedAt) {}
