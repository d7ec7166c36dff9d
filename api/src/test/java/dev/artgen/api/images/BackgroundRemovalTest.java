package dev.artgen.api.images;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;

class BackgroundRemovalTest {

    private static final Color RED = new Color(200, 30, 40);

    @Test
    void removesAPlainBackgroundAndKeepsTheSubjectOpaque() {
        BufferedImage picture = circleOn(Color.WHITE, RED);

        BufferedImage cut = BackgroundRemoval.cutOut(picture);

        assertThat(cut.getColorModel().hasAlpha()).isTrue();
        for (int[] corner : new int[][] {{0, 0}, {199, 0}, {0, 199}, {199, 199}, {100, 5}}) {
            assertThat(alpha(cut, corner[0], corner[1]))
                    .as("background at %d,%d", corner[0], corner[1])
                    .isZero();
        }
        assertThat(alpha(cut, 100, 100)).as("subject").isEqualTo(255);
        assertThat(cut.getRGB(100, 100) & 0xffffff).isEqualTo(RED.getRGB() & 0xffffff);
    }

    @Test
    void theOutlineIsSoftAndCarriesNoHaloOfTheOldBackground() {
        BufferedImage cut = BackgroundRemoval.cutOut(circleOn(Color.WHITE, RED));

        int partial = 0;
        for (int x = 0; x < 200; x++) {
            int argb = cut.getRGB(x, 100);
            int a = argb >>> 24;
            if (a > 0 && a < 255) {
                partial++;
                // Anti-aliased pixels were pink (red mixed with white); with white taken out they are red again.
                assertThat(BackgroundRemoval.distance(argb, RED.getRGB()))
                        .as("outline pixel at x=%d (alpha %d)", x, a)
                        .isLessThan(60);
            }
        }
        assertThat(partial)
                .as("anti-aliased pixels on the row through the centre")
                .isPositive();
    }

    @Test
    void toleratesNoiseInTheBackground() {
        BufferedImage picture = circleOn(new Color(235, 240, 230), RED);
        SplittableRandom rng = new SplittableRandom(1);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                if (BackgroundRemoval.distance(picture.getRGB(x, y), new Color(235, 240, 230).getRGB()) == 0) {
                    int n = rng.nextInt(-8, 9);
                    picture.setRGB(x, y, new Color(235 + n, 240 + n, 230 + n).getRGB());
                }
            }
        }

        BufferedImage cut = BackgroundRemoval.cutOut(picture);

        assertThat(alpha(cut, 3, 3)).isZero();
        assertThat(alpha(cut, 196, 150)).isZero();
        assertThat(alpha(cut, 100, 100)).isEqualTo(255);
    }

    @Test
    void keepsBackgroundColouredAreasTheSubjectEncloses() {
        BufferedImage picture = circleOn(Color.WHITE, RED);
        Graphics2D g = picture.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(95, 95, 10, 10); // a white window inside the red disc
        g.dispose();

        BufferedImage cut = BackgroundRemoval.cutOut(picture);

        assertThat(alpha(cut, 100, 100)).isEqualTo(255);
        assertThat(cut.getRGB(100, 100) & 0xffffff).isEqualTo(0xffffff);
    }

    @Test
    void leavesAnAlreadyTransparentPictureUntouched() {
        BufferedImage sticker = new BufferedImage(100, 100, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = sticker.createGraphics();
        g.setColor(RED);
        g.fillOval(20, 20, 60, 60);
        g.dispose();

        assertThat(BackgroundRemoval.hasTransparency(sticker)).isTrue();
        assertThat(BackgroundRemoval.cutOut(sticker)).isSameAs(sticker);
    }

    @Test
    void anOpaqueArgbPictureIsNotTakenForTransparent() {
        BufferedImage opaque = new BufferedImage(50, 50, BufferedImage.TYPE_INT_ARGB);
        Graphics2D g = opaque.createGraphics();
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, 50, 50);
        g.setColor(RED);
        g.fillRect(20, 20, 10, 10);
        g.dispose();

        assertThat(BackgroundRemoval.hasTransparency(opaque)).isFalse();
        assertThat(alpha(BackgroundRemoval.cutOut(opaque), 0, 0)).isZero();
    }

    @Test
    void refusesAPictureWithoutAPlainBackground() {
        BufferedImage busy = new BufferedImage(120, 80, BufferedImage.TYPE_INT_RGB);
        SplittableRandom rng = new SplittableRandom(2);
        for (int y = 0; y < 80; y++) {
            for (int x = 0; x < 120; x++) {
                busy.setRGB(x, y, rng.nextInt(0x1000000));
            }
        }

        assertThatThrownBy(() -> BackgroundRemoval.cutOut(busy))
                .isInstanceOf(NoPlainBackground.class)
                .hasMessageContaining("no plain background");
    }

    private static BufferedImage circleOn(Color background, Color subject) {
        BufferedImage picture = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = picture.createGraphics();
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.setColor(background);
        g.fillRect(0, 0, 200, 200);
        g.setColor(subject);
        g.fillOval(40, 40, 120, 120);
        g.dispose();
        return picture;
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
