package dev.artgen.api.security;

import dev.artgen.api.problems.Problems;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.security.core.AuthenticationException;
import org.springframework.security.web.AuthenticationEntryPoint;
import org.springframework.security.web.access.AccessDeniedHandler;
import org.springframework.stereotype.Component;
import tools.jackson.databind.json.JsonMapper;

/**
 * Problem documents for answers the security layer gives before any controller runs, so a 401 or 403
 * reads like every other ArtGen error.
 */
@Component
class ProblemResponses implements AuthenticationEntryPoint, AccessDeniedHandler {

    private final JsonMapper json;

    ProblemResponses(JsonMapper json) {
        this.json = json;
    }

    @Override
    public void commence(HttpServletRequest request, HttpServletResponse response, AuthenticationException e)
            throws IOException {
        unauthenticated(response, "Send an API key as 'Authorization: Bearer <key>', or sign in.", null);
    }

    @Override
    public void handle(HttpServletRequest request, HttpServletResponse response, AccessDeniedException e)
            throws IOException {
        forbidden(response, "Your key or role does not allow this request.");
    }

    /** 401 with the Bearer challenge; {@code error} is RFC 6750's code when a token was sent and refused. */
    void unauthenticated(HttpServletResponse response, String detail, String error) throws IOException {
        response.setHeader(
                HttpHeaders.WWW_AUTHENTICATE,
                error == null ? "Bearer realm=\"artgen\"" : "Bearer realm=\"artgen\", error=\"" + error + "\"");
        write(response, HttpStatus.UNAUTHORIZED, Problems.UNAUTHENTICATED, detail);
    }

    void forbidden(HttpServletResponse response, String detail) throws IOException {
        write(response, HttpStatus.FORBIDDEN, Problems.FORBIDDEN, detail);
    }

    void tooLarge(HttpServletResponse response, String detail) throws IOException {
        write(response, HttpStatus.CONTENT_TOO_LARGE, Problems.TOO_LARGE, detail);
    }

    private void write(HttpServletResponse response, HttpStatus status, Problems type, String detail)
            throws IOException {
        if (response.isCommitted()) {
            return;
        }
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", type.type().toString());
        problem.put("title", type.title());
        problem.put("status", status.value());
        problem.put("detail", detail);
        response.setStatus(status.value());
        response.setContentType(MediaType.APPLICATION_PROBLEM_JSON_VALUE);
        json.writeValue(response.getOutputStream(), problem);
    }
}
