package dev.artgen.common.upload;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;
import org.springframework.util.unit.DataSize;

/**
 * Limits on uploaded images.
 *
 * @param maxBytes the largest file accepted (50 MB: OpenAI's limit for GPT image edits). The api's
 *     {@code spring.servlet.multipart} limits sit a little above it, so anything larger is refused
 *     while it is still being received.
 * @param maxPixels the most pixels (width x height) an image may have, read from its header before
 *     any decoding: the defence against decompression bombs. 8,294,400 is 3840x2160.
 */
@ConfigurationProperties("artgen.uploads")
public record UploadProperties(
        @DefaultValue("50MB") DataSize maxBytes,
        @DefaultValue("8294400") long maxPixels) {

    public static final long DEFAULT_MAX_PIXELS = 8_294_400L;
}
