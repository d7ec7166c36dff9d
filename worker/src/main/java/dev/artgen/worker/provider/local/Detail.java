package dev.artgen.worker.provider.local;

/** How much work the renderer spends; maps from the job's quality. */
enum Detail {
    LOW(0.45),
    MEDIUM(0.7),
    HIGH(1.0);

    private final double density;

    Detail(double density) {
        this.density = density;
    }

    /** Scales element counts (stars, trees, strokes): 1.0 at HIGH. */
    double density() {
        return density;
    }

    /** Scales a count by this detail, never below one. */
    int count(double atHigh) {
        return Math.max(1, (int) Math.round(atHigh * density));
    }
}
