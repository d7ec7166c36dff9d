package dev.artgen.common.webhook;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** Where one webhook message is: still being tried, delivered (a 2xx), or given up on. */
public enum DeliveryState {
    PENDING,
    DELIVERED,
    FAILED;

    public boolean isFinal() {
        return this != PENDING;
    }

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
