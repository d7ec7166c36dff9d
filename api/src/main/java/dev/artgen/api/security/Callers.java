package dev.artgen.api.security;

import dev.artgen.api.accounts.User;
import dev.artgen.api.accounts.Users;
import dev.artgen.api.keys.ApiKey;
import dev.artgen.api.keys.ApiKeys;
import dev.artgen.api.keys.Scope;
import java.time.Clock;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.springframework.stereotype.Component;

/**
 * Who a credential stands for: the one place that decides whether a key or a session is good, for
 * every request and for signing in alike. Good means an active key of a user who is not disabled.
 */
@Component
class Callers {

    private final ApiKeys keys;
    private final Users users;
    private final Sessions sessions;
    private final Clock clock;

    Callers(ApiKeys keys, Users users, Sessions sessions, Clock clock) {
        this.keys = keys;
        this.users = users;
        this.sessions = sessions;
        this.clock = clock;
    }

    Optional<Caller> ofKey(String secret) {
        return keys.authenticate(secret).flatMap(key -> caller(key, Caller.Via.API_KEY));
    }

    /** A session is as good as the key it was opened with, checked anew on every request. */
    Optional<Caller> ofSession(String token) {
        return sessions.find(token)
                .flatMap(session -> keys.find(session.keyId()))
                .filter(key -> key.activeAt(clock.instant()))
                .flatMap(key -> caller(key, Caller.Via.SESSION));
    }

    private Optional<Caller> caller(ApiKey key, Caller.Via via) {
        return users.find(key.owner()).filter(user -> !user.disabled()).map(user -> toCaller(user, key, via));
    }

    private static Caller toCaller(User user, ApiKey key, Caller.Via via) {
        // A key never carries more than its owner's role grants, even if the role changed after issue.
        Set<Scope> scopes = key.scopes().stream()
                .filter(user.role().grantableScopes()::contains)
                .collect(Collectors.toUnmodifiableSet());
        return new Caller(user.id(), user.name(), user.role(), scopes, key.id(), via);
    }
}
