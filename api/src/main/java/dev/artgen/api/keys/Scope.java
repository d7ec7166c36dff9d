package dev.artgen.api.keys;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Arrays;
import java.util.Optional;

/** What a key may be used for. The security configuration maps each route to one scope. */
public enum Scope {
    JOBS_READ("jobs:read"),
    JOBS_WRITE("jobs:write"),
    IMAGES_READ("images:read"),
    WEBHOOKS("webhooks"),
    KEYS("keys"),
    ADMIN("admin");

    private final String wireName;

    Scope(String wireName) {
        this.wireName = wireName;
    }

    @JsonValue
    public String wireName() {
        return wireName;
    }

    /** The Spring Security authority that routes check, e.g. {@code SCOPE_jobs:write}. */
    public String authority() {
        return "SCOPE_" + wireName;
    }

    public static java.util.List<String> wireNames() {
        return Arrays.stream(values()).map(Scope::wireName).toList();
    }

    public static Optional<Scope> parse(String wireName) {
        return Arrays.stream(values()).filter(s -> s.wireName.equals(wireName)).findFirst();
    }
}
