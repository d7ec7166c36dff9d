package dev.artgen.infra.openai;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.ByteOrder;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The hand-written lossless WebP writer, checked against libwebp where it is installed. */
class WebpEncoderTest {

    @Test
    void writesAWellFormedRiffContainer() {
        byte[] webp = WebpEncoder.encode(image(33, 17, true, 5));
        ByteBuffer b = ByteBuffer.wrap(webp).order(ByteOrder.LITTLE_ENDIAN);
        assertThat(new String(webp, 0, 4)).isEqualTo("RIFF");
        assertThat(b.getInt(4)).isEqualTo(webp.length - 8);
        assertThat(new String(webp, 8, 8)).isEqualTo("WEBPVP8L");
        assertThat(webp[20]).isEqualTo((byte) 0x2f);
        assertThat(ImageProbe.probe(webp)).hasValue(new ImageProbe.Info("webp", 33, 17, true));
    }

    /** Decodes with libwebp's dwebp where installed (Debian package "webp"): the real proof of validity. */
    @Test
    void libwebpDecodesTheExactPixels(@TempDir Path dir) throws Exception {
        assumeTrue(Files.isExecutable(Path.of("/usr/bin/dwebp")), "dwebp not installed");
        for (boolean alpha : new boolean[] {false, true}) {
            BufferedImage image = image(61, 40, alpha, alpha ? 2 : 3);
            Path webp = dir.resolve("p" + alpha + ".webp");
            Path pam = dir.resolve("p" + alpha + ".pam");
            Files.write(webp, WebpEncoder.encode(image));
            Process p = new ProcessBuilder("/usr/bin/dwebp", webp.toString(), "-pam", "-o", pam.toString())
                    .redirectErrorStream(true)
                    .start();
            String output = new String(p.getInputStream().readAllBytes());
            assertThat(p.waitFor(30, TimeUnit.SECONDS)).isTrue();
            assertThat(p.exitValue()).as(output).isZero();
            assertPixels(Files.readAllBytes(pam), image);
        }
    }

    private static void assertPixels(byte[] pam, BufferedImage image) throws IOException {
        String text = new String(pam, 0, Math.min(pam.length, 200), java.nio.charset.StandardCharsets.ISO_8859_1);
        int start = text.indexOf("ENDHDR\n") + "ENDHDR\n".length();
        assertThat(text).contains("WIDTH " + image.getWidth()).contains("HEIGHT " + image.getHeight());
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                int i = start + (y * image.getWidth() + x) * 4;
                int argb = image.getRGB(x, y);
                int decoded = (pam[i + 3] & 0xff) << 24
                        | (pam[i] & 0xff) << 16
                        | (pam[i + 1] & 0xff) << 8
                        | (pam[i + 2] & 0xff);
                assertThat(Integer.toHexString(decoded)).as("pixel %d,%d", x, y).isEqualTo(Integer.toHexString(argb));
            }
        }
    }

    private static BufferedImage image(int w, int h, boolean alpha, long seed) {
        BufferedImage image = new BufferedImage(w, h, alpha ? BufferedImage.TYPE_INT_ARGB : BufferedImage.TYPE_INT_RGB);
        SplittableRandom random = new SplittableRandom(seed);
        for (int y = 0; y < h; y++) {
            for (int x = 0; x < w; x++) {
                int rgb = random.nextInt() & 0xffffff;
                image.setRGB(x, y, alpha ? (random.nextInt(256) << 24 | rgb) : (0xff000000 | rgb));
            }
        }
        return image;
    }
}
