package dev.artgen.worker.provider.local;

import java.util.SplittableRandom;

/** A fixed, tileable 256x256 texture of fine grain and smooth clouds, shared by the paper-like finishes. */
final class NoiseTile {

    static final NoiseTile SHARED = new NoiseTile(0x5EED_A27L);

    private static final int SIZE = 256;
    private static final int MASK = SIZE - 1;

    private final float[] fine = new float[SIZE * SIZE];
    private final float[] smooth = new float[SIZE * SIZE];

    private NoiseTile(long seed) {
        SplittableRandom rng = new SplittableRandom(seed);
        for (int i = 0; i < fine.length; i++) {
            fine[i] = (float) (rng.nextDouble() * 2 - 1);
        }
        float[] acc = new float[SIZE * SIZE];
        for (int octave = 0, cell = 64; cell >= 4; octave++, cell /= 2) {
            float amp = 1f / (1 << octave);
            int n = SIZE / cell;
            float[] lattice = new float[n * n];
            for (int i = 0; i < lattice.length; i++) {
                lattice[i] = (float) (rng.nextDouble() * 2 - 1);
            }
            for (int y = 0; y < SIZE; y++) {
                for (int x = 0; x < SIZE; x++) {
                    int gx = x / cell;
                    int gy = y / cell;
                    float fx = smoothstep((x % cell) / (float) cell);
                    float fy = smoothstep((y % cell) / (float) cell);
                    float a = lattice[gy * n + gx];
                    float b = lattice[gy * n + (gx + 1) % n];
                    float c = lattice[((gy + 1) % n) * n + gx];
                    float d = lattice[((gy + 1) % n) * n + (gx + 1) % n];
                    acc[y * SIZE + x] += amp * ((a * (1 - fx) + b * fx) * (1 - fy) + (c * (1 - fx) + d * fx) * fy);
                }
            }
        }
        float max = 1e-6f;
        for (float v : acc) {
            max = Math.max(max, Math.abs(v));
        }
        for (int i = 0; i < acc.length; i++) {
            smooth[i] = acc[i] / max;
        }
    }

    /** White noise in -1..1. */
    float fine(int x, int y) {
        return fine[(y & MASK) * SIZE + (x & MASK)];
    }

    /** Cloudy noise in -1..1, features a few to 64 pixels across. */
    float smooth(int x, int y) {
        return smooth[(y & MASK) * SIZE + (x & MASK)];
    }

    private static float smoothstep(float t) {
        return t * t * (3 - 2 * t);
    }
}
