package dev.artgen.api.security;

import dev.artgen.api.accounts.Role;
import dev.artgen.api.keys.Scope;
import java.security.Principal;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.springframework.security.core.GrantedAuthority;
import org.springframework.security.core.authority.SimpleGrantedAuthority;

/**
 * Who is calling, as established from an API key or a session cookie.
 *
 * @param keyId the key the request (or the session's sign-in) used
 * @param via how the credentials arrived; cross-site checks apply only to cookies
 */
public record Caller(String userId, String name, Role role, Set<Scope> scopes, String keyId, Via via)
        implements Principal {

    public enum Via {
        API_KEY,
        SESSION
    }

    @Override
    public String getName() {
        return userId;
    }

    public boolean isAdmin() {
        return role == Role.ADMIN && scopes.contains(Scope.ADMIN);
    }

    List<GrantedAuthority> authorities() {
        List<GrantedAuthority> authorities = new ArrayList<>();
        authorities.add(new SimpleGrantedAuthority("ROLE_" + role.name()));
        scopes.forEach(scope -> authorities.add(new SimpleGrantedAuthority(scope.authority())));
        return authorities;
    }
}
