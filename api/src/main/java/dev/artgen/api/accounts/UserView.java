package dev.artgen.api.accounts;

import java.time.Instant;

/** A user as admins see them. */
public record UserView(String id, String name, Role role, boolean disabled, Instant createdAt) {

    public static UserView of(User user) {
        return new UserView(user.id(), user.name(), user.role(), user.disabled(), user.createdAt());
    }
}
