package dev.artgen.api.problems;

import dev.artgen.api.accounts.UserNotFound;
import dev.artgen.api.images.ImageNotFound;
import dev.artgen.api.images.NoPlainBackground;
import dev.artgen.api.jobs.IdempotencyKeyInUse;
import dev.artgen.api.jobs.IdempotencyKeyReused;
import dev.artgen.api.jobs.InvalidRequest;
import dev.artgen.api.jobs.JobNotFound;
import dev.artgen.api.keys.KeyNotFound;
import dev.artgen.api.limits.QuotaExceeded;
import dev.artgen.api.limits.RateLimited;
import dev.artgen.api.limits.TooManyJobsInFlight;
import dev.artgen.api.ops.DeadLetterNotFound;
import dev.artgen.api.security.BodySizeLimit;
import dev.artgen.api.uploads.UploadNotFound;
import dev.artgen.api.webhooks.WebhookNotFound;
import dev.artgen.common.messaging.JobDispatch;
import dev.artgen.common.model.RequestCheck.FieldProblem;
import dev.artgen.common.storage.ImageStore;
import dev.artgen.common.storage.S3ImageStore;
import dev.artgen.common.upload.UploadTooLarge;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.context.request.WebRequest;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;
import org.springframework.web.multipart.MaxUploadSizeExceededException;
import org.springframework.web.multipart.MultipartException;
import org.springframework.web.servlet.mvc.method.annotation.ResponseEntityExceptionHandler;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.exc.UnrecognizedPropertyException;

/** The one place exceptions become RFC 9457 problems; everything else stays HTTP-free. */
@RestControllerAdvice
class ProblemAdvice extends ResponseEntityExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemAdvice.class);

    @ExceptionHandler(InvalidRequest.class)
    ProblemDetail invalid(InvalidRequest e) {
        return withErrors(Problems.INVALID_REQUEST.detail(HttpStatus.BAD_REQUEST, e.getMessage()), e.problems());
    }

    @ExceptionHandler({
        JobNotFound.class,
        ImageNotFound.class,
        UploadNotFound.class,
        KeyNotFound.class,
        UserNotFound.class,
        WebhookNotFound.class,
        DeadLetterNotFound.class
    })
    ProblemDetail notFound(RuntimeException e) {
        return Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND, e.getMessage());
    }

    /** The request was sound, but this picture has no background a flood fill can remove. */
    @ExceptionHandler(NoPlainBackground.class)
    ResponseEntity<ProblemDetail> noPlainBackground(NoPlainBackground e) {
        return ResponseEntity.status(HttpStatus.UNPROCESSABLE_CONTENT)
                .body(withErrors(
                        Problems.NO_PLAIN_BACKGROUND.detail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage()),
                        List.of(new FieldProblem("background", e.getMessage()))));
    }

    /** Refused by ArtGen's own size check (the multipart limits sit a little above it). */
    @ExceptionHandler(UploadTooLarge.class)
    ResponseEntity<ProblemDetail> uploadTooLarge(UploadTooLarge e) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE).body(tooLarge("file " + e.getMessage() + "."));
    }

    /** Refused by the multipart limits while the request was still arriving. */
    @Override
    protected ResponseEntity<Object> handleMaxUploadSizeExceededException(
            MaxUploadSizeExceededException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                .body(tooLarge("The request is larger than uploads may be; nothing was stored."));
    }

    /** A multipart body that cannot be parsed at all (bad boundary, cut off): no field to name. */
    @ExceptionHandler(MultipartException.class)
    ProblemDetail unreadableMultipart(MultipartException e) {
        log.debug("Unreadable multipart request", e);
        return Problems.MALFORMED_BODY.detail(
                HttpStatus.BAD_REQUEST, "The request body is not readable multipart/form-data.");
    }

    @ExceptionHandler(ImageStore.ImageMissing.class)
    ProblemDetail imageMissing(ImageStore.ImageMissing e) {
        log.error("A finished job's image is missing from the store", e);
        return Problems.NOT_FOUND.detail(HttpStatus.NOT_FOUND, "The image's bytes are not in the image store.");
    }

    @ExceptionHandler(IllegalStateException.class)
    ProblemDetail conflict(IllegalStateException e) {
        return Problems.CONFLICT.detail(HttpStatus.CONFLICT, e.getMessage());
    }

    @ExceptionHandler({JobDispatch.BrokerUnavailable.class, S3ImageStore.StorageUnavailable.class})
    ResponseEntity<ProblemDetail> unavailable(RuntimeException e) {
        log.warn("Dependency unavailable: {}", e.getMessage());
        return ResponseEntity.status(HttpStatus.SERVICE_UNAVAILABLE)
                .header(HttpHeaders.RETRY_AFTER, "5")
                .body(Problems.UNAVAILABLE.detail(
                        HttpStatus.SERVICE_UNAVAILABLE,
                        "A backing service is unavailable; nothing was stored. Try again shortly."));
    }

    @ExceptionHandler(RateLimited.class)
    ResponseEntity<ProblemDetail> rateLimited(RateLimited e) {
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(e.retryAfterSeconds()))
                .body(Problems.RATE_LIMITED.detail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage()));
    }

    /** No Retry-After: when a slot frees depends on the user's own jobs, which the events report. */
    @ExceptionHandler(TooManyJobsInFlight.class)
    ProblemDetail tooManyInFlight(TooManyJobsInFlight e) {
        ProblemDetail problem = Problems.TOO_MANY_JOBS_IN_FLIGHT.detail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setProperty("limit", e.limit());
        return problem;
    }

    @ExceptionHandler(QuotaExceeded.class)
    ResponseEntity<ProblemDetail> quotaExceeded(QuotaExceeded e) {
        ProblemDetail problem = Problems.QUOTA_EXCEEDED.detail(HttpStatus.TOO_MANY_REQUESTS, e.getMessage());
        problem.setProperty("budget", e.budget());
        problem.setProperty("limit", e.over().limit());
        problem.setProperty("used", e.over().used());
        problem.setProperty("requested", e.over().requested());
        problem.setProperty("resets_at", e.resetsAt().toString());
        long untilReset =
                Math.max(1, Duration.between(Instant.now(), e.resetsAt()).toSeconds());
        return ResponseEntity.status(HttpStatus.TOO_MANY_REQUESTS)
                .header(HttpHeaders.RETRY_AFTER, String.valueOf(untilReset))
                .body(problem);
    }

    @ExceptionHandler(IdempotencyKeyReused.class)
    ProblemDetail idempotencyKeyReused(IdempotencyKeyReused e) {
        return Problems.IDEMPOTENCY_KEY_REUSED.detail(HttpStatus.UNPROCESSABLE_CONTENT, e.getMessage());
    }

    @ExceptionHandler(IdempotencyKeyInUse.class)
    ResponseEntity<ProblemDetail> idempotencyKeyInUse(IdempotencyKeyInUse e) {
        return ResponseEntity.status(HttpStatus.CONFLICT)
                .header(HttpHeaders.RETRY_AFTER, "1")
                .body(Problems.IDEMPOTENCY_KEY_IN_USE.detail(HttpStatus.CONFLICT, e.getMessage()));
    }

    @ExceptionHandler(MethodArgumentTypeMismatchException.class)
    ProblemDetail typeMismatch(MethodArgumentTypeMismatchException e) {
        return withErrors(
                Problems.INVALID_REQUEST.detail(HttpStatus.BAD_REQUEST, e.getName() + " has the wrong type"),
                List.of(new FieldProblem(e.getName(), "must be a " + simpleType(e.getRequiredType()))));
    }

    @ExceptionHandler(Exception.class)
    ProblemDetail unexpected(Exception e) {
        log.error("Unhandled error", e);
        return Problems.INTERNAL.detail(HttpStatus.INTERNAL_SERVER_ERROR, "Something went wrong on our side.");
    }

    /** Unreadable JSON: name the field when Jackson knows it, never echo the input back. */
    @Override
    protected ResponseEntity<Object> handleHttpMessageNotReadable(
            HttpMessageNotReadableException e, HttpHeaders headers, HttpStatusCode status, WebRequest request) {
        ProblemDetail problem;
        if (org.springframework.core.NestedExceptionUtils.getRootCause(e)
                instanceof BodySizeLimit.BodyTooLarge tooLarge) {
            return ResponseEntity.status(HttpStatus.CONTENT_TOO_LARGE)
                    .body(Problems.TOO_LARGE.detail(HttpStatus.CONTENT_TOO_LARGE, tooLarge.getMessage()));
        }
        if (e.getCause() instanceof UnrecognizedPropertyException unknown) {
            problem = withErrors(
                    Problems.INVALID_REQUEST.detail(
                            HttpStatus.BAD_REQUEST, "Unknown field '" + unknown.getPropertyName() + "'."),
                    List.of(new FieldProblem(unknown.getPropertyName(), "is not a field of this request")));
        } else if (e.getCause() instanceof JacksonException jackson
                && !path(jackson).isEmpty()) {
            String field = path(jackson);
            problem = withErrors(
                    Problems.INVALID_REQUEST.detail(HttpStatus.BAD_REQUEST, field + " has the wrong type or format"),
                    List.of(new FieldProblem(field, "has the wrong type or format")));
        } else {
            problem = Problems.MALFORMED_BODY.detail(
                    HttpStatus.BAD_REQUEST, "The request body is not valid JSON for this endpoint.");
        }
        return ResponseEntity.badRequest().body(problem);
    }

    private static String path(JacksonException e) {
        return e.getPath().stream()
                .map(reference -> reference.getPropertyName() != null
                        ? reference.getPropertyName()
                        : "[" + reference.getIndex() + "]")
                .collect(Collectors.joining("."))
                .replace(".[", "[");
    }

    private static ProblemDetail tooLarge(String detail) {
        ProblemDetail problem = Problems.TOO_LARGE.detail(HttpStatus.CONTENT_TOO_LARGE, detail);
        return withErrors(problem, List.of(new FieldProblem("file", "is larger than uploads may be")));
    }

    private static ProblemDetail withErrors(ProblemDetail problem, List<FieldProblem> problems) {
        problem.setProperty(
                "errors",
                problems.stream()
                        .map(p -> Map.of("field", p.field(), "message", p.message()))
                        .toList());
        return problem;
    }

    private static String simpleType(Class<?> type) {
        if (type == null) {
            return "value of another type";
        }
        return switch (type.getSimpleName()) {
            case "int", "Integer", "long", "Long" -> "whole number";
            default -> type.getSimpleName().toLowerCase(java.util.Locale.ROOT);
        };
    }
}
