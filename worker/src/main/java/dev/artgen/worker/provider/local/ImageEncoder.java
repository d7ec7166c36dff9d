package dev.artgen.worker.provider.local;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Iterator;
import java.util.Locale;
import javax.imageio.IIOImage;
import javax.imageio.ImageIO;
import javax.imageio.ImageWriteParam;
import javax.imageio.ImageWriter;
import javax.imageio.stream.MemoryCacheImageOutputStream;

/** Encodes a rendered picture in an output format. */
public final class ImageEncoder {

    /**
     * The JDK PNG writer maps quality q to deflate level 9 - round(9q): 0.75 is level 2, several times faster
     * than the default level on noisy pictures for a few percent more bytes.
     */
    private static final float PNG_QUALITY = 0.75f;

    private ImageEncoder() {}

    /**
     * @param format      "png" or "jpeg" (also "jpg"), case-insensitive
     * @param compression 0..100: JPEG quality, 100 = best; ignored by PNG
     * @throws IllegalArgumentException for any other format
     */
    public static byte[] encode(BufferedImage image, String format, int compression) {
        String name = format == null ? "" : format.strip().toLowerCase(Locale.ROOT);
        return switch (name) {
            case "png" -> write(image, "png", PNG_QUALITY);
            case "jpeg", "jpg" ->
                write(Images.flattened(image, Color.WHITE), "jpeg", Math.clamp(compression, 0, 100) / 100f);
            default -> throw new IllegalArgumentException("Unsupported image format: " + format);
        };
    }

    private static byte[] write(BufferedImage image, String format, float quality) {
        Iterator<ImageWriter> writers = ImageIO.getImageWritersByFormatName(format);
        if (!writers.hasNext()) {
            throw new IllegalStateException("No ImageIO writer for " + format);
        }
        ImageWriter writer = writers.next();
        ByteArrayOutputStream bytes = new ByteArrayOutputStream(image.getWidth() * image.getHeight());
        try (MemoryCacheImageOutputStream out = new MemoryCacheImageOutputStream(bytes)) {
            writer.setOutput(out);
            ImageWriteParam param = writer.getDefaultWriteParam();
            if (param.canWriteCompressed()) {
                param.setCompressionMode(ImageWriteParam.MODE_EXPLICIT);
                param.setCompressionQuality(quality);
            }
            writer.write(null, new IIOImage(image, null, null), param);
        } catch (IOException e) {
            throw new UncheckedIOException("Could not encode " + format, e);
        } finally {
            writer.dispose();
        }
        return bytes.toByteArray();
    }
}
