package dev.artgen.api.problems;

import java.net.URI;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;

/** The stable problem types ArtGen answers with; each has a page in docs/api.md. */
public enum Problems {
    INVALID_REQUEST("invalid-request", "Invalid request"),
    MALFORMED_BODY("malformed-body", "Malformed request body"),
    NOT_FOUND("not-found", "Not found"),
    CONFLICT("conflict", "Conflict"),
    TOO_LARGE("too-large", "Upload too large"),
    NO_PLAIN_BACKGROUND("no-plain-background", "No plain background"),
    UNAVAILABLE("unavailable", "Temporarily unavailable"),
    INTERNAL("internal", "Internal error");

    private static final String BASE = "https://artgen.dev/problems/";

    private final URI type;
    private final String title;

    Problems(String slug, String title) {
        this.type = URI.create(BASE + slug);
        this.title = title;
    }

    public ProblemDetail detail(HttpStatusCode status, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(type);
        problem.setTitle(title);
        return problem;
    }
}
