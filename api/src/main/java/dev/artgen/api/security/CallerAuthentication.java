package dev.artgen.api.security;

import dev.artgen.api.keys.ApiKeys;
import jakarta.servlet.FilterChain;
import jakarta.servlet.ServletException;
import jakarta.servlet.http.Cookie;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import java.io.IOException;
import java.util.Arrays;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import org.slf4j.MDC;
import org.springframework.http.HttpHeaders;
import org.springframework.http.server.ServletServerHttpRequest;
import org.springframework.security.authentication.UsernamePasswordAuthenticationToken;
import org.springframework.security.core.context.SecurityContextHolder;
import org.springframework.web.filter.OncePerRequestFilter;
import org.springframework.web.util.UriComponentsBuilder;
import org.springframework.web.util.WebUtils;

/**
 * Establishes the caller from {@code Authorization: Bearer <key>} or, for the page, from the session
 * cookie. A credential that is sent but not good is refused here (401) rather than treated as
 * anonymous, so a client learns its key was revoked instead of getting a puzzling 404 later.
 */
class CallerAuthentication extends OncePerRequestFilter {

    static final String SESSION_COOKIE = "artgen_session";

    // Names clients commonly use for keys in URLs; those would end up in logs and browser history.
    private static final Set<String> KEY_PARAMETERS = Set.of("api_key", "apikey", "key", "access_token", "token");
    private static final Set<String> SAFE_METHODS = Set.of("GET", "HEAD", "OPTIONS");

    private final Callers callers;
    private final ProblemResponses problems;

    CallerAuthentication(Callers callers, ProblemResponses problems) {
        this.callers = callers;
        this.problems = problems;
    }

    @Override
    protected void doFilterInternal(HttpServletRequest request, HttpServletResponse response, FilterChain chain)
            throws ServletException, IOException {
        if (keyInQuery(request)) {
            problems.unauthenticated(
                    response,
                    "API keys are accepted only in the Authorization header, never in the URL. "
                            + "A key sent in a URL may be in logs now: rotate it.",
                    "invalid_request");
            return;
        }
        String authorization = request.getHeader(HttpHeaders.AUTHORIZATION);
        if (authorization != null) {
            Optional<Caller> caller = bearer(authorization);
            if (caller.isEmpty()) {
                problems.unauthenticated(
                        response, "The API key is not valid: unknown, revoked or expired.", "invalid_token");
                return;
            }
            signIn(caller.get());
        } else {
            String token = sessionToken(request);
            Optional<Caller> caller = token == null ? Optional.empty() : callers.ofSession(token);
            if (caller.isPresent()) {
                if (!SAFE_METHODS.contains(request.getMethod()) && !sameOrigin(request)) {
                    problems.forbidden(response, "Cross-site requests cannot use the sign-in cookie.");
                    return;
                }
                signIn(caller.get());
            }
        }
        var signedIn = SecurityContextHolder.getContext().getAuthentication();
        if (signedIn != null && signedIn.getPrincipal() instanceof Caller caller) {
            // Every log line of this request names the user (structured logs carry it as a field).
            try (var userInLog = MDC.putCloseable("user_id", caller.userId())) {
                chain.doFilter(request, response);
            }
        } else {
            chain.doFilter(request, response);
        }
    }

    private Optional<Caller> bearer(String authorization) {
        if (!authorization.regionMatches(true, 0, "Bearer ", 0, 7)) {
            return Optional.empty();
        }
        return callers.ofKey(authorization.substring(7).trim());
    }

    private static void signIn(Caller caller) {
        var authentication = UsernamePasswordAuthenticationToken.authenticated(caller, null, caller.authorities());
        var context = SecurityContextHolder.createEmptyContext();
        context.setAuthentication(authentication);
        SecurityContextHolder.setContext(context);
    }

    private static boolean keyInQuery(HttpServletRequest request) {
        String query = request.getQueryString();
        if (query == null) {
            return false;
        }
        // Only the query string: asking the request for its parameters would read a form body too.
        return query.contains(ApiKeys.SECRET_PREFIX)
                || UriComponentsBuilder.fromUriString("?" + query).build().getQueryParams().keySet().stream()
                        .anyMatch(name -> KEY_PARAMETERS.contains(name.toLowerCase(Locale.ROOT)));
    }

    static String sessionToken(HttpServletRequest request) {
        Cookie[] cookies = request.getCookies();
        return cookies == null
                ? null
                : Arrays.stream(cookies)
                        .filter(c -> SESSION_COOKIE.equals(c.getName()))
                        .map(Cookie::getValue)
                        .findFirst()
                        .orElse(null);
    }

    /**
     * The cookie is SameSite=Strict already; checking Origin (and the browser's Sec-Fetch-Site) as
     * well covers older browsers and same-site-but-cross-origin pages.
     */
    private static boolean sameOrigin(HttpServletRequest request) {
        String site = request.getHeader("Sec-Fetch-Site");
        if (site != null && !site.equals("same-origin") && !site.equals("none")) {
            return false;
        }
        return WebUtils.isSameOrigin(new ServletServerHttpRequest(request));
    }
}
