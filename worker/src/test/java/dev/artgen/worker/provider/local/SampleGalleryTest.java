package dev.artgen.worker.provider.local;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;

/** Writes a small gallery to target/local-model-samples so a person can look at what the local model paints. */
class SampleGalleryTest {

    private static final String[][] SAMPLES = {
        {"sunset-mountains-watercolor", "a sunset over the mountains, watercolor", "false"},
        {"neon-city", "neon city at night", "false"},
        {"spring-forest", "a quiet forest in spring", "false"},
        {"space", "planets in deep space", "false"},
        {"abstract-red-gold", "abstract geometric composition in red and gold", "false"},
        {"ocean-oil", "ocean waves, oil painting", "false"},
        {"coast-ink", "a lighthouse on the coast, ink sketch", "false"},
        {"pixel-mountains", "8-bit mountains at dusk", "false"},
        {"red-flower-sticker", "a red flower", "true"},
    };

    @Test
    void writesAGalleryOfSamples() throws IOException {
        Path folder = Path.of("target", "local-model-samples");
        Files.createDirectories(folder);
        LocalRenderer renderer = new LocalRenderer();
        for (String[] sample : SAMPLES) {
            boolean transparent = Boolean.parseBoolean(sample[2]);
            byte[] png =
                    ImageEncoder.encode(renderer.render(sample[1], 7, 512, 512, Detail.HIGH, transparent), "png", 0);
            Files.write(folder.resolve(sample[0] + ".png"), png);
        }
        try (var files = Files.list(folder)) {
            assertThat(files.filter(p -> p.toString().endsWith(".png")).count()).isGreaterThanOrEqualTo(SAMPLES.length);
        }
    }
}
