package dev.artgen.api.jobs;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.Jobs;
import dev.artgen.common.model.JobDraft;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.time.Clock;
import java.util.HexFormat;
import java.util.regex.Pattern;
import org.springframework.data.mongodb.core.MongoOperations;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Job submission under an {@code Idempotency-Key} (draft-ietf-httpapi-idempotency-key-header): a
 * retry with the same key and body gets the original job, with no second job and no second
 * reservation; the same key with another body is refused (422); one still in progress, 409.
 */
@Component
class IdempotentSubmission {

    static final String HEADER = "Idempotency-Key";

    // The draft makes the key a structured-field String; a bare token is accepted too.
    private static final Pattern KEY = Pattern.compile("[A-Za-z0-9_.:~+/=-]{1,255}");

    /** The job answered, and whether it is the original job of an earlier request with this key. */
    record Submitted(Job job, boolean replayed) {}

    private final JobSubmission submission;
    private final IdempotencyKeys keys;
    private final Jobs jobs;
    private final JsonMapper json;
    private final IdempotencyProperties properties;
    private final Clock clock;

    IdempotentSubmission(
            JobSubmission submission,
            MongoOperations mongo,
            Jobs jobs,
            JsonMapper json,
            IdempotencyProperties properties,
            Clock clock) {
        this.submission = submission;
        this.keys = new IdempotencyKeys(mongo);
        this.keys.createIndexes();
        this.jobs = jobs;
        this.json = json;
        this.properties = properties;
        this.clock = clock;
    }

    Submitted submit(String owner, String idempotencyKey, JobDraft draft) {
        if (idempotencyKey == null) {
            return new Submitted(submission.submit(owner, draft), false);
        }
        String key = checked(idempotencyKey);
        IdempotencyKeys.Claim claim = keys.claim(owner, key, fingerprint(draft), clock.instant(), properties);
        return switch (claim) {
            case IdempotencyKeys.Claim.Replay replay ->
                new Submitted(jobs.find(replay.jobId()).orElseThrow(() -> new JobNotFound(replay.jobId())), true);
            case IdempotencyKeys.Claim.Claimed claimed -> {
                Job job;
                try {
                    job = submission.submit(owner, draft);
                } catch (RuntimeException e) {
                    keys.abandon(claimed.id());
                    throw e;
                }
                keys.complete(claimed.id(), job.id());
                yield new Submitted(job, false);
            }
        };
    }

    private static String checked(String header) {
        String key = header.length() >= 2 && header.startsWith("\"") && header.endsWith("\"")
                ? header.substring(1, header.length() - 1)
                : header;
        if (!KEY.matcher(key).matches()) {
            throw new InvalidRequest(
                    HEADER, "must be 1 to 255 characters of letters, digits and _ . : ~ + / = - (a UUID is ideal)");
        }
        return key;
    }

    /** The request as ArtGen read it, hashed: formatting and field order in the raw JSON do not matter. */
    private String fingerprint(JobDraft draft) {
        try {
            byte[] canonical = json.writeValueAsString(draft).getBytes(StandardCharsets.UTF_8);
            return HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(canonical));
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException("SHA-256 is always available", e);
        }
    }
}
