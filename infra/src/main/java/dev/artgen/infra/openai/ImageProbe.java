package dev.artgen.infra.openai;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.Iterator;
import java.util.Optional;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;

/** Recognises an uploaded image's format and dimensions from its header, without decoding the pixels. */
final class ImageProbe {

    /** What an uploaded file is. */
    record Info(String format, int width, int height, boolean alpha) {}

    private ImageProbe() {}

    static Optional<Info> probe(byte[] bytes) {
        if (isPng(bytes)) {
            return png(bytes);
        }
        if (isWebp(bytes)) {
            return webp(bytes);
        }
        if (bytes.length > 3 && (bytes[0] & 0xff) == 0xff && (bytes[1] & 0xff) == 0xd8) {
            return viaImageIo(bytes, "jpeg");
        }
        return Optional.empty();
    }

    static boolean isPng(byte[] b) {
        return b.length > 8 && (b[0] & 0xff) == 0x89 && b[1] == 'P' && b[2] == 'N' && b[3] == 'G';
    }

    private static boolean isWebp(byte[] b) {
        return b.length > 30
                && b[0] == 'R'
                && b[1] == 'I'
                && b[2] == 'F'
                && b[3] == 'F'
                && b[8] == 'W'
                && b[9] == 'E'
                && b[10] == 'B'
                && b[11] == 'P';
    }

    private static Optional<Info> png(byte[] b) {
        if (b.length < 26 || b[12] != 'I' || b[13] != 'H' || b[14] != 'D' || b[15] != 'R') {
            return Optional.empty();
        }
        int width = int32(b, 16);
        int height = int32(b, 20);
        int colourType = b[25] & 0xff;
        // Colour types 4 and 6 carry an alpha channel; a tRNS chunk would add transparency to the others.
        boolean alpha = colourType == 4 || colourType == 6 || Multipart.indexOf(b, "tRNS".getBytes(), 33) > 0;
        return width > 0 && height > 0 ? Optional.of(new Info("png", width, height, alpha)) : Optional.empty();
    }

    private static Optional<Info> webp(byte[] b) {
        String chunk = new String(b, 12, 4, java.nio.charset.StandardCharsets.ISO_8859_1);
        return switch (chunk) {
            case "VP8L" -> {
                if ((b[20] & 0xff) != 0x2f) {
                    yield Optional.empty();
                }
                long bits = (b[21] & 0xffL) | (b[22] & 0xffL) << 8 | (b[23] & 0xffL) << 16 | (b[24] & 0xffL) << 24;
                int w = (int) (bits & 0x3fff) + 1;
                int h = (int) ((bits >> 14) & 0x3fff) + 1;
                yield Optional.of(new Info("webp", w, h, ((bits >> 28) & 1) == 1));
            }
            case "VP8 " -> {
                int w = ((b[26] & 0xff) | (b[27] & 0xff) << 8) & 0x3fff;
                int h = ((b[28] & 0xff) | (b[29] & 0xff) << 8) & 0x3fff;
                yield Optional.of(new Info("webp", w, h, false));
            }
            case "VP8X" -> {
                int w = ((b[24] & 0xff) | (b[25] & 0xff) << 8 | (b[26] & 0xff) << 16) + 1;
                int h = ((b[27] & 0xff) | (b[28] & 0xff) << 8 | (b[29] & 0xff) << 16) + 1;
                yield Optional.of(new Info("webp", w, h, (b[20] & 0x10) != 0));
            }
            default -> Optional.empty();
        };
    }

    private static Optional<Info> viaImageIo(byte[] bytes, String format) {
        try (ImageInputStream in = ImageIO.createImageInputStream(new ByteArrayInputStream(bytes))) {
            Iterator<ImageReader> readers = ImageIO.getImageReaders(in);
            if (!readers.hasNext()) {
                return Optional.empty();
            }
            ImageReader reader = readers.next();
            try {
                reader.setInput(in);
                return Optional.of(new Info(format, reader.getWidth(0), reader.getHeight(0), false));
            } finally {
                reader.dispose();
            }
        } catch (IOException | RuntimeException e) {
            return Optional.empty();
        }
    }

    /** Decodes PNG or JPEG pixels (the JDK cannot read WebP), for tests and tools. */
    static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }

    private static int int32(byte[] b, int at) {
        return (b[at] & 0xff) << 24 | (b[at + 1] & 0xff) << 16 | (b[at + 2] & 0xff) << 8 | (b[at + 3] & 0xff);
    }
}
