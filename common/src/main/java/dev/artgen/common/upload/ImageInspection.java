package dev.artgen.common.upload;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import javax.imageio.ImageIO;
import javax.imageio.ImageReader;
import javax.imageio.stream.ImageInputStream;
import javax.imageio.stream.MemoryCacheImageInputStream;

/**
 * Reads and checks an image safely, in this order:
 *
 * <ol>
 *   <li>the type, from the first bytes (magic numbers), never from a file name or Content-Type;
 *   <li>width, height and transparency, from the header alone (PNG IHDR, JPEG SOF, WebP VP8/VP8L/VP8X),
 *       parsed here byte by byte with every read bounds-checked;
 *   <li>the pixel count against the limit, before anything is decoded: a 100000x100000 PNG of a few
 *       kilobytes (a decompression bomb) is refused here without allocating;
 *   <li>for PNG and JPEG, one full decode with ImageIO, now bounded by the pixel limit, to prove the
 *       file is neither truncated nor corrupt (any decoder warning counts as corrupt). The JDK has no
 *       WebP decoder, so WebP gets structural checks only (RIFF size, chunk bounds, canvas and
 *       bitstream dimensions agree).
 * </ol>
 *
 * Every refusal is an {@link UnacceptableImage} whose reason reads after the word "file".
 */
public final class ImageInspection {

    private static final byte[] PNG = {(byte) 0x89, 'P', 'N', 'G', '\r', '\n', 0x1a, '\n'};

    private ImageInspection() {}

    /** As {@link #inspect(byte[], long)} with the default limit of 8,294,400 pixels (3840x2160). */
    public static ImageFacts inspect(byte[] bytes) {
        return inspect(bytes, UploadProperties.DEFAULT_MAX_PIXELS);
    }

    /** The image's facts, or {@link UnacceptableImage} when it is not a sound PNG, JPEG or WebP of at most {@code maxPixels}. */
    public static ImageFacts inspect(byte[] bytes, long maxPixels) {
        if (bytes == null || bytes.length == 0) {
            throw new UnacceptableImage("is empty");
        }
        ImageFacts facts = switch (sniff(bytes)) {
            case "png" -> png(bytes);
            case "jpeg" -> jpeg(bytes);
            case "webp" -> webp(bytes);
            default -> throw new UnacceptableImage(notAnImage(bytes));
        };
        if (facts.width() <= 0 || facts.height() <= 0) {
            throw new UnacceptableImage("has a width or height of 0 pixels");
        }
        if (facts.pixels() > maxPixels) {
            throw new UnacceptableImage("is " + facts.width() + "x" + facts.height() + " = " + facts.pixels()
                    + " pixels; at most " + maxPixels + " pixels are accepted"
                    + (maxPixels == UploadProperties.DEFAULT_MAX_PIXELS ? " (3840x2160)" : ""));
        }
        if (!facts.format().equals("webp")) {
            decodeOnce(bytes, facts);
        }
        return facts;
    }

    /** The format the first bytes say, or null. */
    static String sniff(byte[] b) {
        if (startsWith(b, 0, PNG)) {
            return "png";
        }
        if (b.length >= 3 && (b[0] & 0xff) == 0xff && (b[1] & 0xff) == 0xd8 && (b[2] & 0xff) == 0xff) {
            return "jpeg";
        }
        if (b.length >= 12 && startsWith(b, 0, ascii("RIFF")) && startsWith(b, 8, ascii("WEBP"))) {
            return "webp";
        }
        return "none";
    }

    private static String notAnImage(byte[] b) {
        String named = null;
        if (startsWith(b, 0, ascii("GIF87a")) || startsWith(b, 0, ascii("GIF89a"))) {
            named = "GIF";
        } else if (startsWith(b, 0, ascii("BM"))) {
            named = "BMP";
        } else if (startsWith(b, 0, new byte[] {'I', 'I', 42, 0}) || startsWith(b, 0, new byte[] {'M', 'M', 0, 42})) {
            named = "TIFF";
        } else if (startsWith(b, 4, ascii("ftyp"))) {
            named = "HEIC/AVIF";
        }
        return (named == null ? "is not" : "is a " + named + " image, not")
                + " a PNG, JPEG or WebP image (judged by its content, not its name or Content-Type)";
    }

    // PNG: signature, then IHDR must be the first chunk; transparency from the colour type or a tRNS chunk.

    private static ImageFacts png(byte[] b) {
        if (u32be(b, 8) != 13 || !fourcc(b, 12).equals("IHDR")) {
            throw corrupt("the PNG does not start with an IHDR header");
        }
        long width = u32be(b, 16);
        long height = u32be(b, 20);
        if (width > Integer.MAX_VALUE || height > Integer.MAX_VALUE) {
            throw corrupt("the PNG header gives an impossible size");
        }
        int colourType = u8(b, 25);
        if (colourType != 0 && colourType != 2 && colourType != 3 && colourType != 4 && colourType != 6) {
            throw corrupt("the PNG header gives an unknown colour type");
        }
        boolean alpha = colourType == 4 || colourType == 6;
        if (width == 0 || height == 0 || width * height > Integer.MAX_VALUE) {
            // No point walking the chunks: the size check refuses it.
            return new ImageFacts("png", (int) width, (int) height, alpha);
        }
        int pos = 8 + 12 + 13;
        boolean data = false;
        while (!data) {
            long length = u32be(b, pos);
            String type = fourcc(b, pos + 4);
            if (length > Integer.MAX_VALUE || pos + 12 + length > b.length) {
                throw truncated();
            }
            alpha |= type.equals("tRNS");
            data = type.equals("IDAT");
            pos += (int) (12 + length);
        }
        return new ImageFacts("png", (int) width, (int) height, alpha);
    }

    // JPEG: walk the marker segments up to the first start-of-frame, which holds the size.

    private static ImageFacts jpeg(byte[] b) {
        int pos = 2;
        while (true) {
            if (u8(b, pos) != 0xff) {
                throw corrupt("a JPEG segment does not start with a marker");
            }
            while (u8(b, pos) == 0xff) {
                pos++;
            }
            int marker = u8(b, pos++);
            if (marker == 0xd8 || marker == 0x01 || (marker >= 0xd0 && marker <= 0xd7)) {
                continue; // markers without a length
            }
            if (marker == 0xd9 || marker == 0xda) {
                throw corrupt("the JPEG has no frame header before its image data");
            }
            int length = u16be(b, pos);
            if (length < 2) {
                throw corrupt("a JPEG segment has an impossible length");
            }
            if (isStartOfFrame(marker)) {
                if (length < 8) {
                    throw corrupt("the JPEG frame header is too short");
                }
                int height = u16be(b, pos + 3);
                int width = u16be(b, pos + 5);
                return new ImageFacts("jpeg", width, height, false);
            }
            pos += length;
        }
    }

    /** SOF0-SOF15 except DHT (C4), JPG (C8) and DAC (CC). */
    private static boolean isStartOfFrame(int marker) {
        return marker >= 0xc0 && marker <= 0xcf && marker != 0xc4 && marker != 0xc8 && marker != 0xcc;
    }

    // WebP: RIFF container; simple lossy (VP8), simple lossless (VP8L) or extended (VP8X) layout.

    private static ImageFacts webp(byte[] b) {
        long riffSize = u32le(b, 4);
        if (riffSize + 8 > b.length) {
            throw truncated();
        }
        int end = (int) (riffSize + 8);
        String first = fourcc(b, 12);
        int firstSize = chunkSize(b, 12, end);
        return switch (first) {
            case "VP8 ", "VP8L" -> bitstream(b, 12, end);
            case "VP8X" -> extended(b, firstSize, end);
            default -> throw corrupt("the WebP file starts with an unknown chunk");
        };
    }

    private static ImageFacts extended(byte[] b, int size, int end) {
        if (size < 10) {
            throw corrupt("the WebP VP8X header is too short");
        }
        int flags = u8(b, 20);
        if ((flags & 0x02) != 0) {
            throw new UnacceptableImage("is an animated WebP; only still images are accepted");
        }
        int width = u24le(b, 24) + 1;
        int height = u24le(b, 27) + 1;
        // Find the image's bitstream; it must be there, whole, and the size the canvas says.
        int pos = 20 + size + (size & 1);
        while (pos + 8 <= end) {
            String type = fourcc(b, pos);
            int chunk = chunkSize(b, pos, end);
            if (type.equals("ANIM") || type.equals("ANMF")) {
                throw new UnacceptableImage("is an animated WebP; only still images are accepted");
            }
            if (type.equals("VP8 ") || type.equals("VP8L")) {
                ImageFacts image = bitstream(b, pos, end);
                if (image.width() != width || image.height() != height) {
                    throw corrupt("the WebP canvas and image sizes disagree");
                }
                return new ImageFacts("webp", width, height, (flags & 0x10) != 0 || image.hasAlpha());
            }
            pos += 8 + chunk + (chunk & 1);
        }
        throw truncated();
    }

    /** A VP8 or VP8L chunk at {@code pos}: its size and, for VP8L, its alpha hint. */
    private static ImageFacts bitstream(byte[] b, int pos, int end) {
        String type = fourcc(b, pos);
        int size = chunkSize(b, pos, end);
        int data = pos + 8;
        if (type.equals("VP8L")) {
            if (size < 5 || u8(b, data) != 0x2f) {
                throw corrupt("the WebP lossless header is invalid");
            }
            long bits = u32le(b, data + 1);
            if ((bits >>> 29) != 0) {
                throw corrupt("the WebP lossless header has an unknown version");
            }
            int width = (int) (bits & 0x3fff) + 1;
            int height = (int) ((bits >>> 14) & 0x3fff) + 1;
            return new ImageFacts("webp", width, height, ((bits >>> 28) & 1) == 1);
        }
        if (size < 10
                || (u8(b, data) & 1) != 0
                || u8(b, data + 3) != 0x9d
                || u8(b, data + 4) != 0x01
                || u8(b, data + 5) != 0x2a) {
            throw corrupt("the WebP lossy header is invalid");
        }
        int width = u16le(b, data + 6) & 0x3fff;
        int height = u16le(b, data + 8) & 0x3fff;
        return new ImageFacts("webp", width, height, false);
    }

    /** A RIFF chunk's payload size, checked to lie within the file. */
    private static int chunkSize(byte[] b, int pos, int end) {
        long size = u32le(b, pos + 4);
        if (pos + 8 + size > end) {
            throw truncated();
        }
        return (int) size;
    }

    // The one full decode, for PNG and JPEG, after the size is known to be within the limit.

    private static void decodeOnce(byte[] bytes, ImageFacts facts) {
        Iterator<ImageReader> readers = ImageIO.getImageReadersByFormatName(facts.format());
        if (!readers.hasNext()) {
            throw new IllegalStateException("this JDK has no ImageIO reader for " + facts.format());
        }
        ImageReader reader = readers.next();
        List<String> warnings = new ArrayList<>();
        try (ImageInputStream in = new MemoryCacheImageInputStream(new ByteArrayInputStream(bytes))) {
            reader.setInput(in, true, true);
            reader.addIIOReadWarningListener((source, warning) -> warnings.add(warning));
            // The decoder's idea of the size must be the one checked, or the check proved nothing.
            if (reader.getWidth(0) != facts.width() || reader.getHeight(0) != facts.height()) {
                throw corrupt("its header is inconsistent");
            }
            BufferedImage image = reader.read(0);
            if (image == null || !warnings.isEmpty()) {
                throw corrupt(warnings.isEmpty() ? "it could not be decoded" : warnings.getFirst());
            }
        } catch (UnacceptableImage e) {
            throw e;
        } catch (IOException | RuntimeException e) {
            throw corrupt(e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage());
        } finally {
            reader.dispose();
        }
    }

    // Bounds-checked reads: running off the end of the bytes means the file is truncated.

    private static int u8(byte[] b, int pos) {
        if (pos < 0 || pos >= b.length) {
            throw truncated();
        }
        return b[pos] & 0xff;
    }

    private static int u16be(byte[] b, int pos) {
        return u8(b, pos) << 8 | u8(b, pos + 1);
    }

    private static long u32be(byte[] b, int pos) {
        return (long) u16be(b, pos) << 16 | u16be(b, pos + 2);
    }

    private static int u16le(byte[] b, int pos) {
        return u8(b, pos) | u8(b, pos + 1) << 8;
    }

    private static int u24le(byte[] b, int pos) {
        return u16le(b, pos) | u8(b, pos + 2) << 16;
    }

    private static long u32le(byte[] b, int pos) {
        return u16le(b, pos) | (long) u16le(b, pos + 2) << 16;
    }

    private static String fourcc(byte[] b, int pos) {
        if (pos < 0 || pos + 4 > b.length) {
            throw truncated();
        }
        return new String(b, pos, 4, StandardCharsets.ISO_8859_1);
    }

    private static boolean startsWith(byte[] b, int offset, byte[] prefix) {
        if (b.length < offset + prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if (b[offset + i] != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static byte[] ascii(String s) {
        return s.getBytes(StandardCharsets.ISO_8859_1);
    }

    private static UnacceptableImage truncated() {
        return new UnacceptableImage("is truncated: it ends before its image data does");
    }

    private static UnacceptableImage corrupt(String why) {
        return new UnacceptableImage("is corrupt or truncated: " + why);
    }
}
