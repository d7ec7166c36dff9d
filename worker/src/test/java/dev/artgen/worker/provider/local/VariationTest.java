package dev.artgen.worker.provider.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;

class VariationTest {

    private final LocalRenderer renderer = new LocalRenderer();

    @Test
    void sameSourceAndSeedGiveIdenticalPixels() {
        BufferedImage source = renderer.render("a lighthouse at dusk, watercolor", 7, 256, 256, Detail.LOW, false);

        assertThat(Images.pixels(Variation.of(source, 11, 256, 256)))
                .isEqualTo(Images.pixels(Variation.of(source, 11, 256, 256)));
    }

    @Test
    void staysCloserToItsSourceThanToAnotherPicture() {
        BufferedImage source = renderer.render("a lighthouse at dusk, watercolor", 7, 256, 256, Detail.LOW, false);
        BufferedImage other = renderer.render("neon city at night", 7, 256, 256, Detail.LOW, false);

        for (long seed = 1; seed <= 4; seed++) {
            BufferedImage variation = Variation.of(source, seed, 256, 256);
            assertThat(difference(variation, source))
                    .as("seed %d", seed)
                    .isGreaterThan(0)
                    .isLessThan(difference(other, source) / 2);
        }
        assertThat(Images.pixels(Variation.of(source, 1, 256, 256)))
                .as("each seed its own picture")
                .isNotEqualTo(Images.pixels(Variation.of(source, 2, 256, 256)));
    }

    @Test
    void takesTheAskedSizeWhateverTheSourceSize() {
        BufferedImage source = renderer.render("a red flower", 3, 300, 200, Detail.LOW, false);

        BufferedImage variation = Variation.of(source, 5, 512, 256);

        assertThat(variation.getWidth()).isEqualTo(512);
        assertThat(variation.getHeight()).isEqualTo(256);
    }

    @Test
    void keepsAPlainBackgroundPlainAndACutOutCutOut() {
        BufferedImage plain = Images.blank(200, 200, false);
        var g = plain.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 200, 200);
        g.setColor(new Color(200, 40, 40));
        g.fillOval(60, 60, 80, 80);
        g.dispose();
        int corner = Variation.of(plain, 9, 200, 200).getRGB(2, 2) & 0xffffff;
        assertThat(Images.red(corner)).isEqualTo(Images.green(corner)).isEqualTo(Images.blue(corner));

        BufferedImage sticker = renderer.render("a red flower", 5, 256, 256, Detail.LOW, true);
        BufferedImage variation = Variation.of(sticker, 9, 256, 256);
        assertThat(variation.getColorModel().hasAlpha()).isTrue();
        assertThat(variation.getRGB(1, 1) >>> 24)
                .as("a clear corner stays clear")
                .isZero();
        assertThat(variation.getRGB(128, 128) >>> 24)
                .as("the subject stays opaque")
                .isEqualTo(255);
    }

    /** Mean absolute difference per channel, 0..255. */
    private static double difference(BufferedImage a, BufferedImage b) {
        long sum = 0;
        for (int y = 0; y < a.getHeight(); y++) {
            for (int x = 0; x < a.getWidth(); x++) {
                int p = a.getRGB(x, y);
                int q = b.getRGB(x, y);
                sum += Math.abs(Images.red(p) - Images.red(q))
                        + Math.abs(Images.green(p) - Images.green(q))
                        + Math.abs(Images.blue(p) - Images.blue(q));
            }
        }
        return sum / (3.0 * a.getWidth() * a.getHeight());
    }
}
