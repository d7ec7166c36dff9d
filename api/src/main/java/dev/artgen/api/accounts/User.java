package dev.artgen.api.accounts;

import java.time.Instant;
import org.bson.types.ObjectId;
import org.springframework.data.annotation.Id;
import org.springframework.data.mongodb.core.mapping.Document;

/**
 * Someone who uses ArtGen. Users have no password: they hold API keys, and the page signs in with one.
 *
 * @param id {@code usr_} + an ObjectId
 * @param name a unique handle chosen by the admin who created the user
 * @param disabled a disabled user's keys and sessions stop working at once
 */
@Document("users")
public record User(@Id String id, String name, Role role, boolean disabled, Instant createdAt) {

    public static User create(String name, Role role, Instant now) {
        return new User("usr_" + new ObjectId().toHexString(), name, role, false, now);
    }

    public User withDisabled(boolean value) {
        return new User(id, name, role, value, createdAt);
    }
}
