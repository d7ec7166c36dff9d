package dev.artgen.worker.provider.openai;

import dev.artgen.worker.provider.Generation;
import dev.artgen.worker.provider.ProviderFailure;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Turns a provider's image bytes into a picture, with its real size read from the image header. */
final class Pictures {

    private Pictures() {}

    static Generation.Picture of(byte[] bytes, String requestedSize, String requestedFormat) {
        String format = formatOf(bytes, requestedFormat);
        int[] size = dimensions(bytes, requestedSize);
        return new Generation.Picture(bytes, size[0], size[1], format);
    }

    /** The format the bytes really are (magic numbers), not what was asked for. */
    private static String formatOf(byte[] bytes, String requested) {
        if (bytes.length > 8 && (bytes[0] & 0xff) == 0x89 && bytes[1] == 'P' && bytes[2] == 'N' && bytes[3] == 'G') {
            return "png";
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            return "jpeg";
        }
        if (bytes.length > 12 && bytes[0] == 'R' && bytes[1] == 'I' && bytes[8] == 'W' && bytes[9] == 'E') {
            return "webp";
        }
        throw new ProviderFailure.Transient(
                "provider_response",
                "The image provider answered with bytes that are not an image (asked for " + requested + ").",
                null);
    }

    /** Width and height from the header where a reader exists (png, jpeg), else from the requested WxH. */
    private static int[] dimensions(byte[] bytes, String requestedSize) {
        try (ImageInputStream input = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            var readers = ImageIO.getImageReaders(input);
            if (readers.hasNext()) {
                ImageReader reader = readers.next();
                try {
                    reader.setInput(input);
                    return new int[] {reader.getWidth(0), reader.getHeight(0)};
                } finally {
                    reader.dispose();
                }
            }
        } catch (IOException unreadableHeader) {
            // fall through to the requested size
        }
        String[] parts = requestedSize.split("x");
        return parts.length == 2
                ? new int[] {Integer.parseInt(parts[0]), Integer.parseInt(parts[1])}
                : new int[] {0, 0};
    }
}
