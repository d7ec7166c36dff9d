package dev.artgen.api;

import dev.artgen.api.security.Caller;
import java.util.Optional;
import org.springframework.security.authentication.AuthenticationCredentialsNotFoundException;
import org.springframework.security.core.Authentication;
import org.springframework.security.core.context.SecurityContextHolder;

/**
 * Who is calling this request, for controllers: owners scope every lookup, so another user's
 * object is simply not found. Routes that reach a controller always have a caller.
 */
public final class CurrentUser {

    private CurrentUser() {}

    public static Caller caller() {
        return optional()
                .orElseThrow(() -> new AuthenticationCredentialsNotFoundException("No caller on this request"));
    }

    /** The caller, or empty on the few routes open to anonymous callers (signing in). */
    public static Optional<Caller> optional() {
        Authentication authentication = SecurityContextHolder.getContext().getAuthentication();
        return authentication != null && authentication.getPrincipal() instanceof Caller caller
                ? Optional.of(caller)
                : Optional.empty();
    }

    public static String id() {
        return caller().userId();
    }

    /** Whether the caller may reach an object of this owner: their own, or anyone's for an admin. */
    public static boolean canReach(String owner) {
        Caller caller = caller();
        return caller.userId().equals(owner) || caller.isAdmin();
    }
}
