package dev.artgen.infra.bench.consumption;

/** What one scenario measured; {@code duplicates} counts provider calls beyond one per finished job. */
record ScenarioResult(
        String model,
        String workload,
        int jobs,
        int maxInFlight,
        boolean complete,
        int finished,
        double wallSeconds,
        double jobsPerSecond,
        double idealSeconds,
        double firstStartSeconds,
        int peakInFlightSampled,
        int peakInFlightExact,
        int runs,
        int duplicates,
        int claimRejections,
        double loadAverage,
        String note) {

    ScenarioResult withNote(String text) {
        return new ScenarioResult(
                model,
                workload,
                jobs,
                maxInFlight,
                complete,
                finished,
                wallSeconds,
                jobsPerSecond,
                idealSeconds,
                firstStartSeconds,
                peakInFlightSampled,
                peakInFlightExact,
                runs,
                duplicates,
                claimRejections,
                loadAverage,
                text);
    }
}
