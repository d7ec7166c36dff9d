package dev.artgen.api.keys;

import dev.artgen.api.CurrentUser;
import dev.artgen.api.jobs.InvalidRequest;
import dev.artgen.api.security.Caller;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.DeleteMapping;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** The caller's own API keys: list, create, rotate, revoke. Other users' keys are not found. */
@RestController
@RequestMapping("/v1/keys")
class KeysController {

    private static final int MAX_NAME = 100;
    private static final int MAX_DAYS = 3650;

    private final ApiKeys keys;
    private final KeyRevocations revocations;
    private final Clock clock;

    KeysController(ApiKeys keys, KeyRevocations revocations, Clock clock) {
        this.keys = keys;
        this.revocations = revocations;
        this.clock = clock;
    }

    @Operation(summary = "List your API keys (never their secrets)")
    @GetMapping
    List<KeyView> list() {
        Instant now = clock.instant();
        return keys.of(CurrentUser.id()).stream()
                .map(key -> KeyView.of(key, now))
                .toList();
    }

    @Operation(
            summary = "Create an API key",
            description = "The answer holds the secret; it is shown this once and stored only as a hash.")
    @PostMapping
    ResponseEntity<KeyView.Issued> create(@RequestBody KeyRequest request) {
        Caller caller = CurrentUser.caller();
        String name = request.name() == null ? "" : request.name().strip();
        if (name.isEmpty() || name.length() > MAX_NAME || name.codePoints().anyMatch(Character::isISOControl)) {
            throw new InvalidRequest("name", "must be 1 to " + MAX_NAME + " characters without control characters");
        }
        Set<Scope> scopes = scopes(request.scopes(), caller);
        Instant expiresAt = null;
        if (request.expiresInDays() != null) {
            if (request.expiresInDays() < 1 || request.expiresInDays() > MAX_DAYS) {
                throw new InvalidRequest("expires_in_days", "must be between 1 and " + MAX_DAYS);
            }
            expiresAt = clock.instant().plus(Duration.ofDays(request.expiresInDays()));
        }
        ApiKeys.Issued issued = keys.issue(caller.userId(), name, scopes, expiresAt);
        return ResponseEntity.created(URI.create("/v1/keys/" + issued.key().id()))
                .body(KeyView.Issued.of(issued, clock.instant()));
    }

    @Operation(summary = "Get one of your API keys")
    @GetMapping("/{id}")
    KeyView get(@PathVariable String id) {
        return KeyView.of(mine(id), clock.instant());
    }

    @Operation(
            summary = "Rotate an API key",
            description = "Issues a new secret with the same name, scopes and expiry; the old one stops working.")
    @PostMapping("/{id}/rotate")
    ResponseEntity<KeyView.Issued> rotate(@PathVariable String id) {
        mine(id);
        ApiKeys.Issued issued = keys.rotate(CurrentUser.id(), id)
                .orElseThrow(
                        () -> new IllegalStateException("Key " + id + " is revoked or expired; create a new one."));
        revocations.endSessions(id);
        return ResponseEntity.created(URI.create("/v1/keys/" + issued.key().id()))
                .body(KeyView.Issued.of(issued, clock.instant()));
    }

    @Operation(summary = "Revoke an API key", description = "At once, with every browser session it signed in.")
    @DeleteMapping("/{id}")
    ResponseEntity<Void> revoke(@PathVariable String id) {
        mine(id);
        keys.revoke(CurrentUser.id(), id);
        revocations.endSessions(id);
        return ResponseEntity.status(HttpStatus.NO_CONTENT).build();
    }

    private ApiKey mine(String id) {
        return keys.find(CurrentUser.id(), id).orElseThrow(() -> new KeyNotFound(id));
    }

    private static Set<Scope> scopes(List<String> requested, Caller caller) {
        Set<Scope> grantable = caller.role().grantableScopes();
        if (requested == null) {
            Set<Scope> defaults = EnumSet.copyOf(grantable);
            defaults.remove(Scope.ADMIN);
            return defaults;
        }
        if (requested.isEmpty()) {
            throw new InvalidRequest("scopes", "must name at least one scope");
        }
        Set<Scope> scopes = EnumSet.noneOf(Scope.class);
        for (String wireName : requested) {
            Optional<Scope> scope = Scope.parse(wireName);
            if (scope.isEmpty()) {
                throw new InvalidRequest("scopes", "'" + wireName + "' is not a scope; use " + Scope.wireNames());
            }
            if (!grantable.contains(scope.get())) {
                throw new InvalidRequest("scopes", "'" + wireName + "' is beyond what your role may grant");
            }
            scopes.add(scope.get());
        }
        return scopes;
    }
}
