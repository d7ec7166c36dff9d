package dev.artgen.api.accounts;

import com.fasterxml.jackson.annotation.JsonValue;
import dev.artgen.api.keys.Scope;
import java.util.EnumSet;
import java.util.Set;

/** What a user may do at most; a key or session narrows it further with scopes. */
public enum Role {
    USER,
    ADMIN;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(java.util.Locale.ROOT);
    }

    /** The scopes a key of this role may carry: everything a user does, plus {@code admin} for admins. */
    public Set<Scope> grantableScopes() {
        Set<Scope> scopes = EnumSet.allOf(Scope.class);
        if (this != ADMIN) {
            scopes.remove(Scope.ADMIN);
        }
        return scopes;
    }
}
