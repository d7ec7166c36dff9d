package dev.artgen.infra.bench.consumption;

import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;

/** Runs simulated provider calls and records what a benchmark scenario needs to report. */
final class JobTracker implements AutoCloseable {

    private static final long SAMPLE_INTERVAL_MILLIS = 10;

    private final int expected;
    private final AtomicInteger inFlight = new AtomicInteger();
    private final AtomicInteger peakExact = new AtomicInteger();
    private final AtomicInteger peakSampled = new AtomicInteger();
    private final AtomicInteger runs = new AtomicInteger();
    private final AtomicInteger claimRejections = new AtomicInteger();
    private final Set<String> finished = ConcurrentHashMap.newKeySet();
    // Stands in for MongoDB's atomic conditional update (claim QUEUED -> RUNNING): only the first claim wins.
    private final ConcurrentHashMap<String, Boolean> claims = new ConcurrentHashMap<>();
    private final CountDownLatch allFinished;
    private final AtomicLong firstStartNanos = new AtomicLong();
    private final AtomicLong lastFinishNanos = new AtomicLong();
    private final ScheduledExecutorService sampler;
    private volatile long startNanos;

    JobTracker(int expected) {
        this.expected = expected;
        this.allFinished = new CountDownLatch(expected);
        // A platform daemon thread, so sampling keeps its cadence even when virtual threads are busy.
        this.sampler = Executors.newSingleThreadScheduledExecutor(r -> {
            Thread t = new Thread(r, "inflight-sampler");
            t.setDaemon(true);
            return t;
        });
    }

    /** Marks time zero (consumers about to start) and begins sampling the in-flight gauge. */
    void start() {
        startNanos = System.nanoTime();
        sampler.scheduleAtFixedRate(
                () -> peakSampled.accumulateAndGet(inFlight.get(), Math::max),
                0,
                SAMPLE_INTERVAL_MILLIS,
                TimeUnit.MILLISECONDS);
    }

    /** The claim step of model A: true for the first caller per job id, false for any redelivery. */
    boolean claim(String jobId) {
        boolean won = claims.putIfAbsent(jobId, Boolean.TRUE) == null;
        if (!won) {
            claimRejections.incrementAndGet();
        }
        return won;
    }

    /** Executes one simulated provider call on the calling thread. */
    void run(Workload.Job job) throws InterruptedException {
        long now = System.nanoTime();
        firstStartNanos.compareAndSet(0, now);
        runs.incrementAndGet();
        peakExact.accumulateAndGet(inFlight.incrementAndGet(), Math::max);
        try {
            Thread.sleep(job.sleepMillis());
        } finally {
            inFlight.decrementAndGet();
        }
        if (finished.add(job.id())) {
            lastFinishNanos.accumulateAndGet(System.nanoTime(), Math::max);
            allFinished.countDown();
        }
    }

    /** Waits until every distinct job has finished once, or the deadline passes. */
    boolean awaitAll(long timeoutMillis) throws InterruptedException {
        return allFinished.await(timeoutMillis, TimeUnit.MILLISECONDS);
    }

    ScenarioResult result(String model, Workload workload, int maxInFlight, double loadAtStart, String note) {
        int done = finished.size();
        // A complete run ends at its last job; an incomplete one at the moment it was given up on.
        long end = done == expected ? lastFinishNanos.get() : System.nanoTime();
        double wall = (end - startNanos) / 1e9;
        double firstStart = firstStartNanos.get() == 0 ? Double.NaN : (firstStartNanos.get() - startNanos) / 1e9;
        return new ScenarioResult(
                model,
                workload.label(),
                workload.size(),
                maxInFlight,
                done == expected,
                done,
                wall,
                done / wall,
                workload.idealSeconds(maxInFlight),
                firstStart,
                peakSampled.get(),
                peakExact.get(),
                runs.get(),
                runs.get() - done,
                claimRejections.get(),
                loadAtStart,
                note);
    }

    @Override
    public void close() {
        sampler.shutdownNow();
    }
}
