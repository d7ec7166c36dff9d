package dev.artgen.infra.openai;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;

/**
 * Pictures answered as {@code url} (dall-e's default), served back by the emulator like OpenAI's short-lived blob
 * URLs: valid for 60 minutes, and only the most recent ones are kept.
 */
final class HostedImages {

    static final Duration LIFETIME = Duration.ofMinutes(60);
    static final String PATH = "/images/";

    /** One hosted picture. */
    record Hosted(byte[] bytes, String contentType, Instant expires) {}

    private final Clock clock;
    private final Map<String, Hosted> images;

    HostedImages(int capacity, Clock clock) {
        this.clock = clock;
        this.images = new LinkedHashMap<>(16, 0.75f, false) {
            @Override
            protected boolean removeEldestEntry(Map.Entry<String, Hosted> eldest) {
                return size() > capacity;
            }
        };
    }

    /** Keeps the picture and returns its path, e.g. {@code /images/img-3f2a….png}. */
    synchronized String host(PictureRenderer.Picture picture) {
        byte[] id = new byte[16];
        ThreadLocalRandom.current().nextBytes(id);
        String name = "img-" + HexFormat.of().formatHex(id) + "." + picture.format();
        images.put(
                name,
                new Hosted(
                        picture.bytes(), picture.contentType(), clock.instant().plus(LIFETIME)));
        return PATH + name;
    }

    synchronized Optional<Hosted> find(String name) {
        Hosted h = images.get(name);
        if (h == null || clock.instant().isAfter(h.expires())) {
            images.remove(name);
            return Optional.empty();
        }
        return Optional.of(h);
    }

    synchronized void clear() {
        images.clear();
    }
}
