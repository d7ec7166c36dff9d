package dev.artgen.api.security;

import dev.artgen.api.CurrentUser;
import dev.artgen.api.keys.Scope;
import dev.artgen.api.problems.Problems;
import io.swagger.v3.oas.annotations.Operation;
import jakarta.servlet.http.HttpServletRequest;
import java.util.List;
import org.springframework.http.HttpHeaders;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.http.ResponseCookie;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RestController;

/**
 * The page's sign-in: it trades an API key for an HttpOnly, SameSite=Strict session cookie, so no
 * secret ever sits in a URL or in storage a script can read.
 */
@RestController
class SessionController {

    private final Callers callers;
    private final Sessions sessions;
    private final SecurityProperties properties;

    SessionController(Callers callers, Sessions sessions, SecurityProperties properties) {
        this.callers = callers;
        this.sessions = sessions;
        this.properties = properties;
    }

    record SignIn(String apiKey) {}

    /** Who is signed in, and with what. */
    record Me(String id, String name, String role, List<Scope> scopes, String keyId, String via) {

        static Me of(Caller caller) {
            return new Me(
                    caller.userId(),
                    caller.name(),
                    caller.role().wireName(),
                    caller.scopes().stream().sorted().toList(),
                    caller.keyId(),
                    caller.via().name().toLowerCase(java.util.Locale.ROOT));
        }
    }

    @Operation(summary = "Sign in the page with an API key", description = "Sets the session cookie.")
    @PostMapping("/v1/session")
    ResponseEntity<Void> signIn(@RequestBody SignIn request, HttpServletRequest http) {
        Caller caller = callers.ofKey(
                        request.apiKey() == null ? "" : request.apiKey().strip())
                .orElseThrow(SignInRefused::new);
        String token = sessions.open(caller.userId(), caller.keyId());
        ResponseCookie cookie = cookie(token, http.isSecure())
                .maxAge(properties.sessionLifetime())
                .build();
        return ResponseEntity.noContent()
                .header(HttpHeaders.SET_COOKIE, cookie.toString())
                .build();
    }

    @Operation(summary = "Sign the page out", description = "Ends the session and clears the cookie.")
    @DeleteMapping("/v1/session")
    ResponseEntity<Void> signOut(HttpServletRequest http) {
        sessions.close(CallerAuthentication.sessionToken(http));
        return ResponseEntity.noContent()
                .header(
                        HttpHeaders.SET_COOKIE,
                        cookie("", http.isSecure()).maxAge(0).build().toString())
                .build();
    }

    @Operation(summary = "Who am I: user, role and the scopes of this key or session")
    @GetMapping("/v1/me")
    Me me() {
        return Me.of(CurrentUser.caller());
    }

    private static ResponseCookie.ResponseCookieBuilder cookie(String value, boolean secure) {
        return ResponseCookie.from(CallerAuthentication.SESSION_COOKIE, value)
                .httpOnly(true)
                .secure(secure)
                .sameSite("Strict")
                .path("/");
    }

    @ExceptionHandler(SignInRefused.class)
    ResponseEntity<ProblemDetail> refused(SignInRefused e) {
        return ResponseEntity.status(HttpStatus.UNAUTHORIZED)
                .body(Problems.UNAUTHENTICATED.detail(HttpStatus.UNAUTHORIZED, e.getMessage()));
    }

    /** Signing in with a key that is unknown, revoked, expired or of a disabled user. */
    static class SignInRefused extends RuntimeException {
        SignInRefused() {
            super("That API key is not valid: unknown, revoked or expired.");
        }
    }
}
