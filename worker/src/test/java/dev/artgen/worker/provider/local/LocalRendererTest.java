package dev.artgen.worker.provider.local;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.awt.image.BufferedImage;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.EnumSource;

class LocalRendererTest {

    private final LocalRenderer renderer = new LocalRenderer();

    private BufferedImage render(String prompt, long seed) {
        return renderer.render(prompt, seed, 256, 256, Detail.MEDIUM, false);
    }

    private static byte[] png(BufferedImage image) {
        return ImageEncoder.encode(image, "png", 100);
    }

    @Test
    void sameSeedGivesIdenticalPixels() {
        for (String prompt : new String[] {
            "a sunset over the mountains, watercolor",
            "neon city at night",
            "ocean waves, oil painting",
            "a red flower",
            "8-bit forest"
        }) {
            byte[] first = png(renderer.render(prompt, 99, 512, 384, Detail.HIGH, false));
            byte[] second = png(new LocalRenderer().render(prompt, 99, 512, 384, Detail.HIGH, false));
            assertThat(second).as(prompt).isEqualTo(first);
        }
        assertThat(png(renderer.render("a red flower", 5, 300, 300, Detail.LOW, true)))
                .isEqualTo(png(renderer.render("a red flower", 5, 300, 300, Detail.LOW, true)));
    }

    @Test
    void differentSeedsGiveDifferentPictures() {
        assertThat(png(render("mountains", 1))).isNotEqualTo(png(render("mountains", 2)));
    }

    @Test
    void unknownWordsStillChangeThePicture() {
        assertThat(png(render("mountains with a dragon", 1))).isNotEqualTo(png(render("mountains with a castle", 1)));
    }

    @Test
    void oceanPromptIsMostlyBlue() {
        for (long seed = 0; seed < 4; seed++) {
            PixelStatistics stats = PixelStatistics.of(render("the ocean", seed));
            assertThat(stats.blue()).as("seed %d", seed).isGreaterThan(stats.red() + 40);
            assertThat(stats.blue()).as("seed %d", seed).isGreaterThan(stats.green());
        }
    }

    @Test
    void sunsetPromptIsWarm() {
        for (long seed = 0; seed < 4; seed++) {
            PixelStatistics stats = PixelStatistics.of(render("a sunset over the mountains", seed));
            assertThat(stats.red()).as("seed %d", seed).isGreaterThan(stats.blue() + 15);
        }
    }

    @Test
    void springForestIsGreen() {
        for (long seed = 0; seed < 4; seed++) {
            PixelStatistics stats = PixelStatistics.of(render("a quiet forest in spring", seed));
            assertThat(stats.green()).as("seed %d", seed).isGreaterThan(stats.red() + 15);
        }
    }

    @Test
    void nightIsDarkerThanDay() {
        for (long seed = 0; seed < 3; seed++) {
            double night =
                    PixelStatistics.of(render("mountains at night", seed)).brightness();
            double day =
                    PixelStatistics.of(render("mountains on a sunny day", seed)).brightness();
            assertThat(night).as("seed %d", seed).isLessThan(day - 0.2);
        }
    }

    @Test
    void monochromeHasNoColour() {
        assertThat(PixelStatistics.of(render("a city skyline, monochrome", 3)).saturation())
                .isLessThan(0.03);
        assertThat(PixelStatistics.of(render("a city skyline", 3)).saturation()).isGreaterThan(0.1);
    }

    /** The same scene in another style, so only the finish differs. */
    private BufferedImage inStyle(String prompt, long seed, Style style) {
        Scene scene = new PromptInterpreter().interpret(prompt, seed);
        return renderer.render(
                new Scene(scene.subject(), scene.palette(), style, scene.time(), scene.features(), scene.variation()),
                256,
                256,
                Detail.MEDIUM,
                false);
    }

    @Test
    void neonStyleIsDarkButSaturated() {
        for (long seed = 0; seed < 3; seed++) {
            PixelStatistics neon = PixelStatistics.of(inStyle("a forest", seed, Style.NEON));
            PixelStatistics plain = PixelStatistics.of(inStyle("a forest", seed, Style.PAINTERLY));
            assertThat(neon.brightness()).as("seed %d", seed).isLessThan(plain.brightness() - 0.15);
            assertThat(neon.saturation()).as("seed %d", seed).isGreaterThan(0.3);
        }
    }

    @Test
    void watercolorIsPaleAndSoft() {
        for (long seed = 0; seed < 3; seed++) {
            BufferedImage flat = inStyle("mountains by day", seed, Style.FLAT);
            BufferedImage watercolor = inStyle("mountains by day", seed, Style.WATERCOLOR);
            assertThat(PixelStatistics.of(watercolor).saturation())
                    .as("seed %d", seed)
                    .isLessThan(PixelStatistics.of(flat).saturation());
            assertThat(PixelStatistics.equalNeighbours(watercolor))
                    .as("seed %d", seed)
                    .isLessThan(PixelStatistics.equalNeighbours(flat) - 0.3);
        }
    }

    @Test
    void sketchIsInkOnLightPaper() {
        PixelStatistics sketch = PixelStatistics.of(render("a forest, pencil sketch", 2));
        assertThat(sketch.brightness()).isGreaterThan(0.6);
        assertThat(sketch.saturation()).isLessThan(0.15);
    }

    @Test
    void transparentBackgroundHasAlphaZeroInCorners() {
        for (String prompt : new String[] {
            "a red flower",
            "mountains",
            "planets in deep space",
            "abstract shapes",
            "neon city",
            "ocean, watercolor",
            "8-bit forest",
            "a forest, oil painting"
        }) {
            BufferedImage image = renderer.render(prompt, 11, 400, 300, Detail.MEDIUM, true);
            assertThat(image.getColorModel().hasAlpha()).isTrue();
            int w = image.getWidth();
            int h = image.getHeight();
            for (int[] corner : new int[][] {{0, 0}, {w - 1, 0}, {0, h - 1}, {w - 1, h - 1}, {w / 2, 1}, {2, h / 2}}) {
                assertThat(image.getRGB(corner[0], corner[1]) >>> 24)
                        .as("%s at %d,%d", prompt, corner[0], corner[1])
                        .isZero();
            }
            assertThat(opaqueShare(image)).as(prompt).isBetween(0.05, 0.8);
        }
    }

    @Test
    void opaqueBackgroundHasNoTransparency() {
        BufferedImage image = render("a red flower", 11);
        assertThat(opaqueShare(image)).isEqualTo(1.0);
    }

    @ParameterizedTest(name = "{0}x{1}")
    @CsvSource({
        "64,64",
        "256,256",
        "512,512",
        "1024,1024",
        "1536,1024",
        "1024,1536",
        "1792,1024",
        "1024,1792",
        "2048,2048",
        "64,2048",
        "2048,64",
        "333,97"
    })
    void rendersEverySupportedSize(int width, int height) {
        BufferedImage image = renderer.render("a sunset over the sea", 3, width, height, Detail.LOW, false);
        assertThat(image.getWidth()).isEqualTo(width);
        assertThat(image.getHeight()).isEqualTo(height);
        assertThat(PixelStatistics.of(image).spread()).as("not a blank picture").isGreaterThan(0.02);
    }

    @ParameterizedTest
    @EnumSource(Subject.class)
    void everySubjectRendersInEveryStyle(Subject subject) {
        PromptInterpreter interpreter = new PromptInterpreter();
        for (Style style : Style.values()) {
            Scene base = interpreter.interpret(subject.keywords().getFirst(), 5);
            Scene scene = new Scene(subject, base.palette(), style, base.time(), base.features(), base.variation());
            for (boolean transparent : new boolean[] {false, true}) {
                BufferedImage image = renderer.render(scene, 160, 120, Detail.LOW, transparent);
                assertThat(image.getWidth()).isEqualTo(160);
                assertThat(PixelStatistics.of(image).spread())
                        .as("%s %s", subject, style)
                        .isGreaterThan(0.01);
            }
        }
    }

    @Test
    void pixelStyleHasBlockyEdges() {
        int width = 640;
        int height = 480;
        BufferedImage image = renderer.render("8-bit mountains at dusk", 4, width, height, Detail.HIGH, false);
        int block = PixelArt.blockSize(width, height, Detail.HIGH);
        assertThat(block).isGreaterThan(1);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                int anchor = image.getRGB(x - x % block, y - y % block);
                if (image.getRGB(x, y) != anchor) {
                    throw new AssertionError("pixel " + x + "," + y + " differs from its block's top-left pixel");
                }
            }
        }
        assertThat(PixelStatistics.equalNeighbours(image))
                .isGreaterThan(PixelStatistics.equalNeighbours(
                        renderer.render("mountains at dusk", 4, width, height, Detail.HIGH, false)));
    }

    @Test
    void sizesOutsideTheLimitsAreRejected() {
        assertThatThrownBy(() -> renderer.render("x", 1, 8, 256, Detail.LOW, false))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> renderer.render("x", 1, 256, 10_000, Detail.LOW, false))
                .isInstanceOf(IllegalArgumentException.class);
    }

    private static double opaqueShare(BufferedImage image) {
        long opaque = 0;
        for (int y = 0; y < image.getHeight(); y++) {
            for (int x = 0; x < image.getWidth(); x++) {
                if (image.getRGB(x, y) >>> 24 == 255) {
                    opaque++;
                }
            }
        }
        return (double) opaque / ((long) image.getWidth() * image.getHeight());
    }
}
