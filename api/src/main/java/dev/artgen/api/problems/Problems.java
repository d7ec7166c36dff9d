package dev.artgen.api.problems;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The stable problem types ArtGen answers with; each has a page in docs/api.md. */
public enum Problems {
    INVALID_REQUEST("invalid-request", "Invalid request"),
    MALFORMED_BODY("malformed-body", "Malformed request body"),
    NOT_FOUND("not-found", "Not found"),
    UNAUTHENTICATED("unauthenticated", "Authentication required"),
    FORBIDDEN("forbidden", "Forbidden"),
    CONFLICT("conflict", "Conflict"),
    TOO_LARGE("too-large", "Request too large"),
    NO_PLAIN_BACKGROUND("no-plain-background", "No plain background"),
    UNAVAILABLE("unavailable", "Temporarily unavailable"),
    INTERNAL("internal", "Internal error"),
    // Limits, quotas and idempotency (docs/limits.md).
    RATE_LIMITED("rate-limited", "Too many requests"),
    TOO_MANY_JOBS_IN_FLIGHT("too-many-jobs-in-flight", "Too many jobs in flight"),
    QUOTA_EXCEEDED("quota-exceeded", "Quota exceeded"),
    IDEMPOTENCY_KEY_REUSED("idempotency-key-reused", "Idempotency key reused"),
    IDEMPOTENCY_KEY_IN_USE("idempotency-key-in-use", "Idempotency key in use");

    private static final String BASE = "https://artgen.dev/problems/";

    private final URI type;
    private final String title;

    Problems(String slug, String title) {
        this.type = URI.create(BASE + slug);
        this.title = title;
    }

    public URI type() {
        return type;
    }

    public String title() {
        return title;
    }

    public ProblemDetail detail(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
