package dev.artgen.api.accounts;

import dev.artgen.api.CurrentUser;
import dev.artgen.api.jobs.InvalidRequest;
import dev.artgen.api.keys.ApiKeys;
import dev.artgen.api.keys.KeyView;
import dev.artgen.api.keys.Scope;
import io.swagger.v3.oas.annotations.Operation;
import java.net.URI;
import java.time.Clock;
import java.util.EnumSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PatchMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RestController;

/** Admins create users (each with a first API key), list them, and disable or enable them. */
@RestController
@RequestMapping("/v1/admin/users")
class AdminUsersController {

    private static final Pattern NAME = Pattern.compile("[a-z0-9][a-z0-9._-]{0,62}");

    private final Users users;
    private final ApiKeys keys;
    private final Clock clock;

    AdminUsersController(Users users, ApiKeys keys, Clock clock) {
        this.users = users;
        this.keys = keys;
        this.clock = clock;
    }

    /** A new user and their first key, whose secret is shown only here. */
    record Created(UserView user, KeyView.Issued apiKey) {}

    @Operation(summary = "List users (admin)")
    @GetMapping
    List<UserView> list() {
        return users.all().stream().map(UserView::of).toList();
    }

    @Operation(
            summary = "Create a user (admin)",
            description = "Answers with the user and a first API key; hand the key over, it is not shown again.")
    @PostMapping
    ResponseEntity<Created> create(@RequestBody NewUser request) {
        if (request.name() == null || !NAME.matcher(request.name()).matches()) {
            throw new InvalidRequest(
                    "name",
                    "must be 1 to 63 lowercase letters, digits, '.', '_' or '-', starting with a letter or digit");
        }
        Role role = role(request.role());
        User user = users.insert(User.create(request.name(), role, clock.instant()))
                .orElseThrow(() -> new IllegalStateException("A user named '" + request.name() + "' exists."));
        Set<Scope> scopes = EnumSet.copyOf(role.grantableScopes());
        ApiKeys.Issued key = keys.issue(user.id(), "first key", scopes, null);
        return ResponseEntity.created(URI.create("/v1/admin/users/" + user.id()))
                .body(new Created(UserView.of(user), KeyView.Issued.of(key, clock.instant())));
    }

    @Operation(summary = "Get a user (admin)")
    @GetMapping("/{id}")
    UserView get(@PathVariable String id) {
        return users.find(id).map(UserView::of).orElseThrow(() -> new UserNotFound(id));
    }

    @Operation(summary = "Disable or enable a user (admin)")
    @PatchMapping("/{id}")
    UserView update(@PathVariable String id, @RequestBody UserStatus status) {
        if (status.disabled() == null) {
            throw new InvalidRequest("disabled", "is required: true or false");
        }
        users.find(id).orElseThrow(() -> new UserNotFound(id));
        if (status.disabled() && id.equals(CurrentUser.id())) {
            throw new IllegalStateException("Admins cannot disable themselves; ask another admin.");
        }
        return users.setDisabled(id, status.disabled()).map(UserView::of).orElseThrow(() -> new UserNotFound(id));
    }

    private static Role role(String wireName) {
        if (wireName == null) {
            return Role.USER;
        }
        for (Role role : Role.values()) {
            if (role.wireName().equals(wireName.toLowerCase(Locale.ROOT))) {
                return role;
            }
        }
        throw new InvalidRequest("role", "must be 'user' or 'admin'");
    }
}
