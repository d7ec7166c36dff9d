package dev.artgen.common.messaging;

import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for what crosses Kafka. Its own mapper, so the wire format does not change when someone
 * tunes the web layer's Jackson settings.
 */
public final class MessageCodec {

    private final JsonMapper mapper = JsonMapper.builder()
            .propertyNamingStrategy(PropertyNamingStrategies.SNAKE_CASE)
            .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
            .build();

    public String write(Object message) {
        return mapper.writeValueAsString(message);
    }

    /** Reads a message; anything that is not one of ours is an {@link UnreadableMessage}. */
    public <T> T read(String json, Class<T> type) {
        try {
            T value = mapper.readValue(json, type);
            if (value == null) {
                throw new UnreadableMessage("empty message", null);
            }
            return value;
        } catch (JacksonException e) {
            throw new UnreadableMessage(e.getOriginalMessage(), e);
        }
    }

    /** A message that cannot be understood, however often it is retried. */
    public static final class UnreadableMessage extends RuntimeException {
        public UnreadableMessage(String reason, Throwable cause) {
            super("unreadable message: " + reason, cause);
        }
    }
}
