package dev.artgen.common.messaging;

import java.util.Optional;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.core.JacksonException;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.PropertyNamingStrategies;
import tools.jackson.databind.json.JsonMapper;

/**
 * JSON for what crosses Kafka. Its own mapper, so the wire format does not change when someone
 * tunes the web layer's Jackson settings.
 */
public final class MessageCodec {

    private static final Logger log = LoggerFactory.getLogger(MessageCodec.class);

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

    /**
     * A job event, or empty (with a warning) for one that cannot be read: the consumers of the events
     * topic skip such a record rather than stop on it, since no retry will make it readable.
     */
    public Optional<JobEvent> jobEvent(String json) {
        try {
            return Optional.of(read(json, JobEvent.class));
        } catch (UnreadableMessage e) {
            log.warn("Skipping an unreadable job event: {}", e.getMessage());
            return Optional.empty();
        }
    }

    /** A message that cannot be understood, however often it is retried. */
    public static final class UnreadableMessage extends RuntimeException {
        public UnreadableMessage(String reason, Throwable cause) {
            super("unreadable message: " + reason, cause);
        }
    }
}
