package dev.artgen.common.job;

import com.fasterxml.jackson.annotation.JsonValue;
import java.util.Locale;

/** What a job asks of a model: draw from a prompt, edit given images, or vary one image. */
public enum Operation {
    GENERATE,
    EDIT,
    VARIATION;

    @JsonValue
    public String wireName() {
        return name().toLowerCase(Locale.ROOT);
    }
}
