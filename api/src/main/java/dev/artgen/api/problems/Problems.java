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
    UNAVAILABLE("unavailable", "Temporarily unavailable"),
    INTERNAL("internal", "Internal error");

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
