package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobState;
import dev.artgen.common.job.StoredImage;
import dev.artgen.common.job.Usage;
import dev.artgen.common.storage.ImageStore;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A gallery of 1,000 pictures in a real Chromium: scrolled from top to bottom while pages load, then
 * scrolled through again once everything is in. Prints frame times, long tasks, page and thumbnail load
 * times, DOM size and JS heap (the numbers in docs/benchmarks.md); asserts only what does not depend on
 * the machine's speed: every picture arrives once, and the DOM stays small per card.
 */
class ThousandImagesBrowserTest extends ChromiumTest {

    private static final int PICTURES = 1000;
    private static final int RENDERED = 8;

    private static ArtGenSystem system;

    @Override
    synchronized ArtGenSystem system() {
        if (system == null) {
            try {
                system = ArtGenSystem.start(Map.of());
                seed(system);
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return system;
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    /**
     * Eight pictures rendered by the local model through the API, then 992 more jobs made from them as
     * fixtures: each its own job document in MongoDB and its own object in S3 (so every thumbnail is
     * really made on first request), owned by the page's user, in creation order.
     */
    private static void seed(ArtGenSystem system) {
        JobClient jobs = new JobClient(system.http());
        List<JsonNode> rendered = new ArrayList<>();
        String[] prompts = {
            "a lighthouse at dusk, watercolor", "neon city at night", "8-bit forest", "ocean waves under the stars",
            "mountains at sunrise, oil painting", "a red flower", "a garden in spring, sketch", "space nebula"
        };
        for (int i = 0; i < RENDERED; i++) {
            String id = jobs.submit(job(prompts[i], "size", "512x512", "quality", "low"))
                    .get("id")
                    .asString();
            rendered.add(jobs.awaitState(id, "succeeded"));
        }
        ImageStore store = system.apiBean(ImageStore.class);
        Job template = system.mongo().findById(rendered.getFirst().get("id").asString(), Job.class);
        List<byte[]> bytes = rendered.stream()
                .map(r -> system.http()
                        .get(r.get("images").get(0).get("url").asString())
                        .body())
                .toList();
        Instant now = Instant.now();
        for (int i = RENDERED; i < PICTURES; i++) {
            int source = i % RENDERED;
            Job from = system.mongo().findById(rendered.get(source).get("id").asString(), Job.class);
            String id = Job.newId();
            String key = StoredImage.keyOf(id, 0, "png");
            store.put(key, bytes.get(source), "image/png");
            system.mongo()
                    .insert(new Job(
                            id,
                            template.owner(),
                            from.request(),
                            JobState.SUCCEEDED,
                            1,
                            from.maxAttempts(),
                            1,
                            null,
                            null,
                            List.of(new StoredImage(
                                    StoredImage.idOf(id, 0), 0, key, 512, 512, "png", bytes.get(source).length)),
                            Usage.ofImages(1),
                            now,
                            now,
                            now,
                            now,
                            null,
                            null,
                            null));
        }
    }

    @Test
    void aThousandPicturesScrollToTheEndWithEveryPictureOnce() {
        system();
        browser.manage().timeouts().scriptTimeout(Duration.ofMinutes(5));
        browser.get(system.http().base().toString());

        @SuppressWarnings("unchecked")
        Map<String, Object> loading = (Map<String, Object>) browser.executeAsyncScript(MEASURE + """
                const done = arguments[arguments.length - 1];
                const meter = measure();
                const started = performance.now();
                const step = () => {
                  window.scrollBy(0, innerHeight); // one screen per frame: a fast, continuous fling
                  const status = document.getElementById("gallery-status").dataset.state;
                  const atBottom = innerHeight + scrollY >= document.body.scrollHeight - 2;
                  if (status === "done" && atBottom) done(meter.stop(performance.now() - started));
                  else requestAnimationFrame(step);
                };
                requestAnimationFrame(step);
                """);
        @SuppressWarnings("unchecked")
        Map<String, Object> scrolling = (Map<String, Object>) browser.executeAsyncScript(MEASURE + """
                const done = arguments[arguments.length - 1];
                window.scrollTo(0, 0);
                const meter = measure();
                const started = performance.now();
                const step = () => {
                  window.scrollBy(0, 300); // 300 px per frame, ~18,000 px/s at 60 fps
                  if (innerHeight + scrollY >= document.body.scrollHeight - 2) done(meter.stop(performance.now() - started));
                  else requestAnimationFrame(step);
                };
                requestAnimationFrame(step);
                """);

        System.out.println("ArtGen gallery of " + PICTURES + " pictures in headless Chromium (load average "
                + loadAverage() + "):");
        System.out.println("  scroll to the end while pages load: " + loading);
        System.out.println("  scroll through, all loaded:          " + scrolling);

        List<String> ids = GalleryScrollBrowserTest.allIds(browser);
        assertThat(ids).hasSize(PICTURES).doesNotHaveDuplicates();
        assertThat(((Number) scrolling.get("elements")).intValue())
                .as("DOM elements for %d cards", PICTURES)
                .isLessThan(PICTURES * 12);
        // The first page comes without a cursor (again on each WebSocket (re)connect, to catch up); every
        // older page is fetched exactly once.
        assertThat(((Number) loading.get("older_pages")).intValue())
                .as("older pages fetched")
                .isEqualTo((PICTURES + 23) / 24 - 1)
                .isEqualTo(((Number) loading.get("older_pages_distinct")).intValue());
    }

    private static String loadAverage() {
        try {
            return java.nio.file.Files.readString(java.nio.file.Path.of("/proc/loadavg"))
                    .split(" ")[0];
        } catch (java.io.IOException | RuntimeException e) {
            return "unknown";
        }
    }

    /** Defines measure(): frame intervals (rAF), long tasks, and at stop() the page's size and timings. */
    private static final String MEASURE = """
            function measure() {
              const frames = [];
              const longTasks = [];
              let last = performance.now();
              let running = true;
              const tick = t => { frames.push(t - last); last = t; if (running) requestAnimationFrame(tick); };
              requestAnimationFrame(tick);
              const resources = [];
              const observer = new PerformanceObserver(list => list.getEntries().forEach(e => longTasks.push(e.duration)));
              observer.observe({ type: "longtask" });
              // An observer (with what was buffered before it started), as the timeline buffer keeps only 250 entries.
              const fetches = new PerformanceObserver(list => resources.push(...list.getEntries()));
              fetches.observe({ type: "resource", buffered: true });
              const pct = (values, p) => {
                const sorted = [...values].sort((a, b) => a - b);
                return sorted.length ? Math.round(sorted[Math.min(sorted.length - 1, Math.floor(sorted.length * p))]) : 0;
              };
              return {
                stop(elapsed) {
                  running = false;
                  observer.disconnect();
                  fetches.disconnect();
                  const pageFetches = resources.filter(r => r.name.includes("/v1/jobs?limit"));
                  const pages = pageFetches.map(r => r.duration);
                  const older = pageFetches.filter(r => r.name.includes("cursor=")).map(r => r.name);
                  const thumbs = resources.filter(r => r.name.endsWith("/thumbnail")).map(r => r.duration);
                  return {
                    ms: Math.round(elapsed),
                    frames: frames.length,
                    frame_p50_ms: pct(frames, 0.5), frame_p95_ms: pct(frames, 0.95), frame_p99_ms: pct(frames, 0.99),
                    frame_max_ms: Math.round(Math.max(...frames)),
                    frames_over_50ms: frames.filter(f => f > 50).length,
                    long_tasks: longTasks.length, long_task_total_ms: Math.round(longTasks.reduce((a, b) => a + b, 0)),
                    long_task_max_ms: Math.round(Math.max(0, ...longTasks)),
                    pages: pages.length, older_pages: older.length, older_pages_distinct: new Set(older).size,
                    page_p50_ms: pct(pages, 0.5), page_max_ms: Math.round(Math.max(0, ...pages)),
                    thumbnails: thumbs.length, thumbnail_p50_ms: pct(thumbs, 0.5), thumbnail_p95_ms: pct(thumbs, 0.95),
                    cards: document.querySelectorAll("article.job").length,
                    elements: document.getElementsByTagName("*").length,
                    js_heap_mb: performance.memory ? Math.round(performance.memory.usedJSHeapSize / 1048576) : -1
                  };
                }
              };
            }
            """;
}
