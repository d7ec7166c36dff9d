package dev.artgen.worker.provider.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;

class ImageEncoderTest {

    private final LocalRenderer renderer = new LocalRenderer();

    @Test
    void pngKeepsEveryPixel() throws IOException {
        BufferedImage image = renderer.render("a garden of flowers", 3, 200, 150, Detail.MEDIUM, false);
        BufferedImage decoded = decode(ImageEncoder.encode(image, "png", 0));
        assertThat(decoded.getWidth()).isEqualTo(200);
        assertThat(decoded.getHeight()).isEqualTo(150);
        for (int y = 0; y < 150; y += 7) {
            for (int x = 0; x < 200; x += 7) {
                assertThat(decoded.getRGB(x, y)).isEqualTo(image.getRGB(x, y));
            }
        }
    }

    @Test
    void pngKeepsTransparency() throws IOException {
        BufferedImage image = renderer.render("a red flower", 3, 200, 200, Detail.LOW, true);
        BufferedImage decoded = decode(ImageEncoder.encode(image, "PNG", 0));
        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        assertThat(decoded.getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void jpegOfTransparentImageIsOpaque() throws IOException {
        BufferedImage image = renderer.render("a red flower", 3, 200, 200, Detail.LOW, true);
        byte[] jpeg = ImageEncoder.encode(image, "jpeg", 90);
        assertThat(jpeg).startsWith(0xFF, 0xD8);
        BufferedImage decoded = decode(jpeg);
        assertThat(decoded.getColorModel().hasAlpha()).isFalse();
        int corner = decoded.getRGB(0, 0);
        assertThat((corner >> 16) & 0xff).as("flattened onto white").isGreaterThan(240);
        assertThat(corner & 0xff).isGreaterThan(240);
    }

    @Test
    void jpegQualityTradesSizeForFidelity() {
        BufferedImage image = renderer.render("ocean waves, oil painting", 3, 256, 256, Detail.MEDIUM, false);
        assertThat(ImageEncoder.encode(image, "jpeg", 20).length)
                .isLessThan(ImageEncoder.encode(image, "jpg", 95).length);
    }

    @Test
    void encodingIsDeterministic() {
        BufferedImage image = renderer.render("neon city", 3, 256, 256, Detail.MEDIUM, false);
        assertThat(ImageEncoder.encode(image, "png", 50)).isEqualTo(ImageEncoder.encode(image, "png", 50));
        assertThat(ImageEncoder.encode(image, "jpeg", 50)).isEqualTo(ImageEncoder.encode(image, "jpeg", 50));
    }

    @Test
    void unknownFormatIsRejected() {
        BufferedImage image = new BufferedImage(4, 4, BufferedImage.TYPE_INT_RGB);
        assertThatThrownBy(() -> ImageEncoder.encode(image, "gif", 80)).isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> ImageEncoder.encode(image, null, 80)).isInstanceOf(IllegalArgumentException.class);
    }

    private static BufferedImage decode(byte[] bytes) throws IOException {
        return ImageIO.read(new ByteArrayInputStream(bytes));
    }
}
