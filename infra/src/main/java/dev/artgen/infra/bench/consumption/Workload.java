package dev.artgen.infra.bench.consumption;

import java.util.ArrayList;
import java.util.List;
import java.util.PriorityQueue;
import java.util.Random;

/** A deterministic batch of simulated jobs: each job's "provider call" is a fixed sleep. */
record Workload(String label, List<Job> jobs) {

    /** One simulated job; the message value carries its id and how long the provider call takes. */
    record Job(String id, long sleepMillis) {

        String encode() {
            return id + ":" + sleepMillis;
        }

        static Job decode(String value) {
            int colon = value.lastIndexOf(':');
            return new Job(value.substring(0, colon), Long.parseLong(value.substring(colon + 1)));
        }
    }

    /** Every job sleeps the same time: the cleanest view of per-slot overhead. */
    static Workload fixed(int count, long millis) {
        List<Job> jobs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            jobs.add(new Job("job-" + i, millis));
        }
        return new Workload("fixed " + fmtSeconds(millis), jobs);
    }

    /** Uniform sleeps between min and max from a fixed seed, so every model sees the same sequence. */
    static Workload uniform(int count, long minMillis, long maxMillis, long seed) {
        Random random = new Random(seed);
        List<Job> jobs = new ArrayList<>(count);
        for (int i = 0; i < count; i++) {
            jobs.add(new Job("job-" + i, minMillis + (long) (random.nextDouble() * (maxMillis - minMillis))));
        }
        return new Workload("unif " + fmtSeconds(minMillis) + "-" + fmtSeconds(maxMillis), jobs);
    }

    int size() {
        return jobs.size();
    }

    /**
     * The makespan of greedy list scheduling on {@code slots} workers in submission order: what a
     * perfect "take the next job as soon as a slot frees" consumer would achieve, with zero overhead.
     */
    double idealSeconds(int slots) {
        PriorityQueue<Long> freeAt = new PriorityQueue<>();
        for (int i = 0; i < slots; i++) {
            freeAt.add(0L);
        }
        long makespan = 0;
        for (Job job : jobs) {
            long end = freeAt.poll() + job.sleepMillis();
            makespan = Math.max(makespan, end);
            freeAt.add(end);
        }
        return makespan / 1000.0;
    }

    private static String fmtSeconds(long millis) {
        return millis % 1000 == 0 ? (millis / 1000) + "s" : String.format("%.1fs", millis / 1000.0);
    }
}
