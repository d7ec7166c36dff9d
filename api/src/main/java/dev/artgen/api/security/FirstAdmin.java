package dev.artgen.api.security;

import dev.artgen.api.accounts.Role;
import dev.artgen.api.accounts.User;
import dev.artgen.api.accounts.Users;
import dev.artgen.api.keys.ApiKeys;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Clock;
import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.stereotype.Component;

/**
 * The first start creates the admin, so no ArtGen ever runs with a well-known secret. The admin's key
 * is the operator's choice ({@code artgen.security.admin-key}), or a new one written to
 * {@code artgen.security.admin-key-file} (readable by the owner only), or else printed once to the
 * console, the way Jenkins hands over its first password. Later starts find the admin and do nothing.
 */
@Component
class FirstAdmin implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(FirstAdmin.class);
    private static final String NAME = "admin";

    private final Users users;
    private final ApiKeys keys;
    private final SecurityProperties properties;
    private final Clock clock;

    FirstAdmin(Users users, ApiKeys keys, SecurityProperties properties, Clock clock) {
        this.users = users;
        this.keys = keys;
        this.properties = properties;
        this.clock = clock;
    }

    @Override
    public void run(ApplicationArguments args) {
        if (users.anyAdmin()) {
            return;
        }
        String chosen = properties.adminKey();
        if (chosen != null && !chosen.isBlank() && !ApiKeys.looksLikeKey(chosen)) {
            throw new IllegalStateException("artgen.security.admin-key must look like an ArtGen key: "
                    + ApiKeys.SECRET_PREFIX + " followed by at least 22 letters, digits, '-' or '_'");
        }
        // Another api instance starting at the same moment may win the unique name; then it hands over the key.
        Optional<User> created = users.insert(User.create(NAME, Role.ADMIN, clock.instant()));
        if (created.isEmpty()) {
            return;
        }
        User admin = created.get();
        var scopes = Role.ADMIN.grantableScopes();
        if (chosen != null && !chosen.isBlank()) {
            keys.adopt(admin.id(), "first admin key", scopes, chosen);
            log.info("Created the admin user '{}' with the key from artgen.security.admin-key.", NAME);
            return;
        }
        String secret = keys.issue(admin.id(), "first admin key", scopes, null).secret();
        Path file = properties.adminKeyFile();
        if (file != null) {
            write(file, secret);
            log.info("Created the admin user '{}'. Its API key is in {}: sign in with it, then rotate it.", NAME, file);
        } else {
            // Deliberately not through the logger: shown once on the console, never in log shipping.
            System.out.println("\n  ArtGen's first start created the admin user '" + NAME
                    + "'. Its API key, shown once:\n\n    " + secret
                    + "\n\n  Sign in to the page with it, then create your own keys and rotate this one.\n");
        }
    }

    private static void write(Path file, String secret) {
        try {
            if (file.getParent() != null) {
                Files.createDirectories(file.getParent());
            }
            Files.deleteIfExists(file);
            Files.createFile(file, PosixFilePermissions.asFileAttribute(PosixFilePermissions.fromString("rw-------")));
            Files.writeString(file, secret + "\n");
        } catch (IOException e) {
            throw new UncheckedIOException("Cannot write the admin key to " + file, e);
        }
    }
}
