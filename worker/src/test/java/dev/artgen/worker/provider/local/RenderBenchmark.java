package dev.artgen.worker.provider.local;

import java.awt.image.BufferedImage;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;

/**
 * Measures render + PNG encode time of the local model on the current thread. Not a test: timings depend on the
 * machine. Usage: {@code RenderBenchmark [images-per-detail] [size] ["prompt"...]}; defaults to 20 images of
 * 1024x1024 cycling through a mix of subjects and styles.
 */
public final class RenderBenchmark {

    private static final List<String> DEFAULT_PROMPTS = List.of(
            "a sunset over the mountains, watercolor",
            "neon city at night",
            "a quiet forest in spring",
            "planets in deep space",
            "abstract geometric composition in red and gold",
            "ocean waves, oil painting",
            "a garden of flowers",
            "a lighthouse on the coast, ink sketch",
            "8-bit mountains at dusk",
            "a misty lake in the mountains");

    private RenderBenchmark() {}

    public static void main(String[] args) {
        int count = args.length > 0 ? Integer.parseInt(args[0]) : 20;
        String[] size = (args.length > 1 ? args[1] : "1024x1024").split("x");
        int width = Integer.parseInt(size[0]);
        int height = Integer.parseInt(size[1]);
        List<String> prompts = args.length > 2 ? List.of(Arrays.copyOfRange(args, 2, args.length)) : DEFAULT_PROMPTS;
        LocalRenderer renderer = new LocalRenderer();

        System.out.printf(
                "Local model benchmark: %dx%d, %d images per detail, %d prompt(s), %d CPU(s), Java %s%n",
                width,
                height,
                count,
                prompts.size(),
                Runtime.getRuntime().availableProcessors(),
                System.getProperty("java.version"));
        for (int i = 0; i < Math.max(10, prompts.size()); i++) {
            for (Detail detail : Detail.values()) {
                run(renderer, prompts.get(i % prompts.size()), i, width, height, detail);
            }
        }
        for (Detail detail : Detail.values()) {
            long[] nanos = new long[count];
            long bytes = 0;
            for (int i = 0; i < count; i++) {
                long start = System.nanoTime();
                bytes += run(renderer, prompts.get(i % prompts.size()), 1000 + i, width, height, detail);
                nanos[i] = System.nanoTime() - start;
            }
            Arrays.sort(nanos);
            System.out.printf(
                    "%-6s median %4d ms   p90 %4d ms   max %4d ms   mean PNG %5d KB%n",
                    detail,
                    nanos[count / 2] / 1_000_000,
                    nanos[Math.min(count - 1, (int) Math.ceil(count * 0.9) - 1)] / 1_000_000,
                    nanos[count - 1] / 1_000_000,
                    bytes / count / 1024);
        }
        if (prompts.size() > 1) {
            System.out.println("Per prompt at HIGH (median of 5):");
            for (String prompt : prompts) {
                List<Long> times = new ArrayList<>();
                for (int i = 0; i < 5; i++) {
                    long start = System.nanoTime();
                    run(renderer, prompt, 2000 + i, width, height, Detail.HIGH);
                    times.add(System.nanoTime() - start);
                }
                times.sort(null);
                System.out.printf("  %4d ms  %s%n", times.get(2) / 1_000_000, prompt);
            }
        }
    }

    private static int run(LocalRenderer renderer, String prompt, long seed, int width, int height, Detail detail) {
        BufferedImage image = renderer.render(prompt, seed, width, height, detail, false);
        return ImageEncoder.encode(image, "png", 90).length;
    }
}
