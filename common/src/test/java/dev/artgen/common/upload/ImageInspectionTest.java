package dev.artgen.common.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Arrays;
import java.util.Random;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Real images are read from their headers; hostile ones are refused before any pixel is decoded. */
class ImageInspectionTest {

    @ParameterizedTest(name = "{0} {1}x{2}")
    @CsvSource({"png, 1, 1", "png, 640, 480", "png, 3840, 2160", "jpeg, 1, 1", "jpeg, 1024, 768", "jpeg, 2160, 3840"})
    void readsTheSizeOfRealImages(String format, int width, int height) throws IOException {
        byte[] bytes = write(picture(width, height, BufferedImage.TYPE_INT_RGB), format);

        ImageFacts facts = ImageInspection.inspect(bytes);

        assertThat(facts).isEqualTo(new ImageFacts(format, width, height, false));
    }

    @Test
    void pngAlphaComesFromTheColourType() throws IOException {
        byte[] rgba = write(picture(32, 16, BufferedImage.TYPE_INT_ARGB), "png");
        byte[] grey = write(picture(32, 16, BufferedImage.TYPE_BYTE_GRAY), "png");

        assertThat(ImageInspection.inspect(rgba)).isEqualTo(new ImageFacts("png", 32, 16, true));
        assertThat(ImageInspection.inspect(grey)).isEqualTo(new ImageFacts("png", 32, 16, false));
    }

    @Test
    void pngAlphaComesFromATrnsChunk() throws IOException {
        byte[] opaque = write(picture(20, 10, BufferedImage.TYPE_INT_RGB), "png");
        byte[] withTrns = insertChunkAfterIhdr(opaque, "tRNS", new byte[] {0, 0, 0, 0, 0, 0});

        assertThat(ImageInspection.inspect(withTrns).hasAlpha()).isTrue();
    }

    @Test
    void theTypeComesFromTheBytesNotTheName() throws IOException {
        // A JPEG someone named photo.png and sent as image/png: the bytes say JPEG.
        byte[] jpegCalledPng = write(picture(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg");

        assertThat(ImageInspection.inspect(jpegCalledPng).format()).isEqualTo("jpeg");
    }

    @Test
    void readsLosslessWebpHeaders() {
        assertThat(ImageInspection.inspect(webpLossless(300, 200, false)))
                .isEqualTo(new ImageFacts("webp", 300, 200, false));
        assertThat(ImageInspection.inspect(webpLossless(16384, 1, true)))
                .isEqualTo(new ImageFacts("webp", 16384, 1, true));
    }

    @Test
    void readsLossyWebpHeaders() {
        assertThat(ImageInspection.inspect(webpLossy(1920, 1080))).isEqualTo(new ImageFacts("webp", 1920, 1080, false));
    }

    @Test
    void readsExtendedWebpHeadersWithTheirAlphaFlag() {
        assertThat(ImageInspection.inspect(webpExtended(800, 600, 0x10, vp8l(800, 600, false))))
                .isEqualTo(new ImageFacts("webp", 800, 600, true));
        assertThat(ImageInspection.inspect(webpExtended(800, 600, 0, vp8l(800, 600, false))))
                .isEqualTo(new ImageFacts("webp", 800, 600, false));
    }

    @Test
    void refusesAWebpWhoseCanvasAndImageDisagree() {
        // A small canvas in front of a 16384x16384 bitstream would slip a huge image past the check.
        assertRefused(webpExtended(100, 100, 0, vp8l(16384, 16384, false)), "disagree");
    }

    @Test
    void refusesAnimatedWebp() {
        assertRefused(webpExtended(100, 100, 0x02, vp8l(100, 100, false)), "animated");
    }

    @Test
    void refusesAWebpTooLargeFromItsHeader() {
        assertRefused(webpExtended(16384, 16384, 0x10, vp8l(16384, 16384, true)), "16384x16384");
        assertRefused(webpLossless(16384, 16384, false), "16384x16384");
        assertThatThrownBy(
                        () -> ImageInspection.inspect(webpExtended(16_000_000, 16_000_000, 0, vp8l(100, 100, false))))
                .isInstanceOf(UnacceptableImage.class);
    }

    @Test
    void refusesATruncatedWebp() {
        byte[] whole = webpLossless(100, 100, false);

        assertRefused(Arrays.copyOf(whole, whole.length - 3), "truncated");
        assertRefused(Arrays.copyOf(whole, 14), "truncated");
    }

    @Test
    void refusesAPixelCountOverTheLimit() throws IOException {
        byte[] justOver = write(picture(3841, 2160, BufferedImage.TYPE_INT_RGB), "png");

        assertRefused(justOver, "3841x2160");
        assertThat(ImageInspection.inspect(justOver, 3841L * 2160).width()).isEqualTo(3841);
    }

    @Test
    void refusesADecompressionBombFromItsHeaderFastAndWithoutAllocating() throws IOException {
        // A valid 1x1 PNG whose IHDR now claims 100000x100000: decoded, that would be 40 GB of pixels.
        byte[] bomb = setPngSize(write(picture(1, 1, BufferedImage.TYPE_INT_ARGB), "png"), 100_000, 100_000);
        assertThatThrownBy(() -> ImageInspection.inspect(bomb))
                .isInstanceOf(UnacceptableImage.class)
                .hasMessageContaining("100000x100000")
                .hasMessageContaining("pixels");

        var threads = (com.sun.management.ThreadMXBean) java.lang.management.ManagementFactory.getThreadMXBean();
        long allocatedBefore = threads.getCurrentThreadAllocatedBytes();
        long started = System.nanoTime();
        UnacceptableImage refused = null;
        try {
            ImageInspection.inspect(bomb);
        } catch (UnacceptableImage e) {
            refused = e;
        }
        long allocated = threads.getCurrentThreadAllocatedBytes() - allocatedBefore;
        Duration took = Duration.ofNanos(System.nanoTime() - started);

        assertThat(refused).isNotNull();
        assertThat(took).isLessThan(Duration.ofMillis(50));
        assertThat(allocated).as("bytes allocated while refusing").isLessThan(100_000);
    }

    @Test
    void refusesAJpegBombFromItsHeader() throws IOException {
        byte[] jpeg = write(picture(8, 8, BufferedImage.TYPE_INT_RGB), "jpeg");
        byte[] bomb = setJpegSize(jpeg, 65_535, 65_535);

        assertRefused(bomb, "65535x65535");
    }

    @Test
    void refusesASideOfZero() throws IOException {
        byte[] png = setPngSize(write(picture(4, 4, BufferedImage.TYPE_INT_RGB), "png"), 0, 4);
        byte[] jpeg = setJpegSize(write(picture(4, 4, BufferedImage.TYPE_INT_RGB), "jpeg"), 4, 0);

        assertRefused(png, "0 pixels");
        assertRefused(jpeg, "0 pixels");
    }

    @Test
    void refusesATruncatedPng() throws IOException {
        byte[] whole = write(noise(200, 200), "png");

        assertRefused(Arrays.copyOf(whole, whole.length / 2), "truncated");
        assertRefused(Arrays.copyOf(whole, 30), "truncated");
        assertRefused(Arrays.copyOf(whole, 8), "truncated");
    }

    @Test
    void refusesAPngWithoutImageData() throws IOException {
        byte[] whole = write(picture(10, 10, BufferedImage.TYPE_INT_RGB), "png");

        assertRefused(Arrays.copyOf(whole, 33), "truncated");
    }

    @Test
    void refusesAPngWhosePixelDataIsCorrupt() throws IOException {
        byte[] png = write(noise(64, 64), "png");
        int idat = indexOf(png, "IDAT");
        for (int i = idat + 10; i < idat + 200; i++) {
            png[i] = (byte) 0xAA;
        }

        assertRefused(png, "corrupt");
    }

    @Test
    void refusesATruncatedJpeg() throws IOException {
        byte[] whole = write(noise(300, 300), "jpeg");

        assertRefused(Arrays.copyOf(whole, whole.length / 2), "corrupt");
        assertRefused(Arrays.copyOf(whole, 10), "truncated");
        assertRefused(new byte[] {(byte) 0xff, (byte) 0xd8, (byte) 0xff}, "truncated");
    }

    @Test
    void refusesRandomBytes() {
        byte[] random = new byte[4096];
        new Random(7).nextBytes(random);

        assertRefused(random, "is not a PNG, JPEG or WebP image");
    }

    @Test
    void refusesAGifNamingIt() throws IOException {
        byte[] gif = write(picture(10, 10, BufferedImage.TYPE_INT_RGB), "gif");

        assertRefused(gif, "is a GIF image, not a PNG, JPEG or WebP image");
    }

    @Test
    void refusesZeroBytes() {
        assertRefused(new byte[0], "is empty");
    }

    @Test
    void refusesAPngSignatureAlone() {
        assertRefused(Arrays.copyOf(write0(), 8), "truncated");
    }

    private static byte[] write0() {
        try {
            return write(picture(1, 1, BufferedImage.TYPE_INT_RGB), "png");
        } catch (IOException e) {
            throw new AssertionError(e);
        }
    }

    private static void assertRefused(byte[] bytes, String reason) {
        assertThatThrownBy(() -> ImageInspection.inspect(bytes))
                .isInstanceOf(UnacceptableImage.class)
                .hasMessageContaining(reason);
    }

    // Real images, written by ImageIO.

    static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x3366cc));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(255, 200, 0, 128));
        g.fillOval(0, 0, Math.max(1, width / 2), Math.max(1, height / 2));
        g.dispose();
        return image;
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(42);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    static byte[] write(BufferedImage image, String format) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        if (!ImageIO.write(image, format, out)) {
            throw new IllegalStateException("no ImageIO writer for " + format);
        }
        return out.toByteArray();
    }

    // Hand-edited headers.

    /** Rewrites a PNG's IHDR width and height (and its CRC, so only the size is a lie). */
    private static byte[] setPngSize(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        ByteBuffer buffer = ByteBuffer.wrap(copy);
        buffer.putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 17);
        buffer.putInt(29, (int) crc.getValue());
        return copy;
    }

    private static byte[] insertChunkAfterIhdr(byte[] png, String type, byte[] data) {
        ByteBuffer chunk = ByteBuffer.allocate(12 + data.length);
        chunk.putInt(data.length)
                .put(type.getBytes(StandardCharsets.ISO_8859_1))
                .put(data);
        CRC32 crc = new CRC32();
        crc.update(chunk.array(), 4, 4 + data.length);
        chunk.putInt((int) crc.getValue());
        byte[] result = new byte[png.length + chunk.capacity()];
        System.arraycopy(png, 0, result, 0, 33);
        System.arraycopy(chunk.array(), 0, result, 33, chunk.capacity());
        System.arraycopy(png, 33, result, 33 + chunk.capacity(), png.length - 33);
        return result;
    }

    /** Rewrites the first start-of-frame's height and width. */
    private static byte[] setJpegSize(byte[] jpeg, int width, int height) {
        byte[] copy = jpeg.clone();
        for (int i = 2; i < copy.length - 9; i++) {
            if ((copy[i] & 0xff) == 0xff && ((copy[i + 1] & 0xff) == 0xc0 || (copy[i + 1] & 0xff) == 0xc2)) {
                ByteBuffer.wrap(copy).putShort(i + 5, (short) height).putShort(i + 7, (short) width);
                return copy;
            }
        }
        throw new IllegalStateException("no SOF marker");
    }

    private static int indexOf(byte[] bytes, String ascii) {
        byte[] needle = ascii.getBytes(StandardCharsets.ISO_8859_1);
        outer:
        for (int i = 0; i <= bytes.length - needle.length; i++) {
            for (int j = 0; j < needle.length; j++) {
                if (bytes[i + j] != needle[j]) {
                    continue outer;
                }
            }
            return i;
        }
        throw new IllegalStateException(ascii + " not found");
    }

    // Minimal hand-made WebP files: a RIFF container with just enough of each header.

    static byte[] webpLossless(int width, int height, boolean alpha) {
        return riff(vp8l(width, height, alpha));
    }

    private static byte[] webpLossy(int width, int height) {
        ByteBuffer data = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        data.put(new byte[] {0x10, 0x02, 0x00}); // key frame, version 0, shown
        data.put(new byte[] {(byte) 0x9d, 0x01, 0x2a});
        data.putShort((short) width).putShort((short) height);
        return riff(chunk("VP8 ", data.array()));
    }

    private static byte[] webpExtended(int width, int height, int flags, byte[] image) {
        ByteBuffer header = ByteBuffer.allocate(10).order(ByteOrder.LITTLE_ENDIAN);
        header.put((byte) flags).put(new byte[3]);
        putU24(header, width - 1);
        putU24(header, height - 1);
        return riff(chunk("VP8X", header.array()), image);
    }

    private static byte[] vp8l(int width, int height, boolean alpha) {
        ByteBuffer data = ByteBuffer.allocate(6).order(ByteOrder.LITTLE_ENDIAN);
        data.put((byte) 0x2f);
        data.putInt((width - 1) | (height - 1) << 14 | (alpha ? 1 << 28 : 0));
        data.put((byte) 0);
        return chunk("VP8L", data.array());
    }

    private static void putU24(ByteBuffer buffer, int value) {
        buffer.put((byte) value).put((byte) (value >> 8)).put((byte) (value >> 16));
    }

    private static byte[] chunk(String type, byte[] data) {
        ByteBuffer chunk =
                ByteBuffer.allocate(8 + data.length + (data.length & 1)).order(ByteOrder.LITTLE_ENDIAN);
        chunk.put(type.getBytes(StandardCharsets.ISO_8859_1))
                .putInt(data.length)
                .put(data);
        return chunk.array();
    }

    private static byte[] riff(byte[]... chunks) {
        int size = 4 + Arrays.stream(chunks).mapToInt(c -> c.length).sum();
        ByteBuffer riff = ByteBuffer.allocate(8 + size).order(ByteOrder.LITTLE_ENDIAN);
        riff.put("RIFF".getBytes(StandardCharsets.ISO_8859_1))
                .putInt(size)
                .put("WEBP".getBytes(StandardCharsets.ISO_8859_1));
        for (byte[] c : chunks) {
            riff.put(c);
        }
        return riff.array();
    }
}
