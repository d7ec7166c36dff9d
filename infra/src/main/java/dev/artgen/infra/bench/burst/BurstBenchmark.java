package dev.artgen.infra.bench.burst;

import dev.artgen.api.ArtGenApi;
import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobState;
import dev.artgen.infra.local.LocalInfrastructure;
import dev.artgen.worker.ArtGenWorker;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.data.mongodb.core.query.Criteria;
import org.springframework.data.mongodb.core.query.Query;

/**
 * A burst of jobs through the whole system on this machine: submitted concurrently over HTTP, run
 * by one worker, measured from the job documents' own timestamps. Arguments:
 * {@code jobs=200 size=1024x1024 quality=medium latency=0s inflight=256}.
 */
public final class BurstBenchmark {

    private BurstBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(
                Map.of("jobs", "200", "size", "1024x1024", "quality", "medium", "latency", "0s", "inflight", "256"));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair[1]);
        }
        int jobs = Integer.parseInt(options.get("jobs"));

        long bootStart = System.nanoTime();
        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(null, LocalInfrastructure.Ports.ANY)) {
            Map<String, Object> shared = new HashMap<>(infrastructure.springProperties());
            shared.put("logging.level.root", "WARN");
            Map<String, Object> worker = new HashMap<>(shared);
            worker.put("artgen.providers.local.latency", options.get("latency"));
            worker.put("artgen.worker.max-in-flight", options.get("inflight"));
            worker.put("server.port", 0);
            Map<String, Object> api = new HashMap<>(shared);
            api.put("server.port", 0);
            api.put("artgen.ops.management-port", 0);
            // The burst is sent as the admin, with a key chosen here for this run only.
            String key = "agk_bench-" + java.util.UUID.randomUUID();
            api.put("artgen.security.admin-key", key);
            // One user submits the whole burst: lift the per-user limits that would otherwise stop it.
            api.put("artgen.limits.writes.quota", 1_000_000);
            api.put("artgen.limits.jobs-in-flight", 1_000_000);
            api.put("artgen.limits.images-per-day", 1_000_000_000L);
            api.put("artgen.limits.images-per-month", 1_000_000_000L);
            ConfigurableApplicationContext workerContext =
                    ArtGenWorker.application().run(LocalInfrastructure.asArguments(worker));
            ConfigurableApplicationContext apiContext =
                    ArtGenApi.application().run(LocalInfrastructure.asArguments(api));
            double bootSeconds = (System.nanoTime() - bootStart) / 1e9;
            URI base =
                    URI.create("http://127.0.0.1:" + apiContext.getEnvironment().getProperty("local.server.port"));
            MongoTemplate mongo = apiContext.getBean(MongoTemplate.class);

            String body = "{\"model\":\"artgen-local\",\"prompt\":\"%s\",\"size\":\"" + options.get("size")
                    + "\",\"quality\":\"" + options.get("quality") + "\"}";
            String[] prompts = {
                "a sunset over the mountains, watercolor",
                "neon city at night",
                "a quiet forest in spring",
                "planets in deep space",
                "ocean waves, oil painting",
                "abstract geometric composition in red and gold"
            };
            HttpClient http = HttpClient.newHttpClient();
            List<Long> submitMillis = Collections.synchronizedList(new ArrayList<>());
            long burstStart = System.nanoTime();
            try (var executor = Executors.newVirtualThreadPerTaskExecutor()) {
                List<Future<Integer>> answers = new ArrayList<>();
                for (int i = 0; i < jobs; i++) {
                    String json = body.formatted(prompts[i % prompts.length] + " #" + i);
                    answers.add(executor.submit(() -> {
                        long start = System.nanoTime();
                        int status = http.send(
                                        HttpRequest.newBuilder(base.resolve("/v1/jobs"))
                                                .header("Content-Type", "application/json")
                                                .header("Authorization", "Bearer " + key)
                                                .POST(HttpRequest.BodyPublishers.ofString(json))
                                                .build(),
                                        HttpResponse.BodyHandlers.discarding())
                                .statusCode();
                        submitMillis.add((System.nanoTime() - start) / 1_000_000);
                        return status;
                    }));
                }
                for (Future<Integer> answer : answers) {
                    if (answer.get() != 202) {
                        throw new IllegalStateException("submission answered " + answer.get());
                    }
                }
            }
            double submitSeconds = (System.nanoTime() - burstStart) / 1e9;

            Query done = Query.query(Criteria.where("state").in(JobState.SUCCEEDED, JobState.FAILED));
            int peakRunning = 0;
            long deadline = System.nanoTime() + Duration.ofMinutes(10).toNanos();
            while (mongo.count(done, Job.class) < jobs && System.nanoTime() < deadline) {
                peakRunning = Math.max(peakRunning, (int)
                        mongo.count(Query.query(Criteria.where("state").is(JobState.RUNNING)), Job.class));
                Thread.sleep(50);
            }
            double totalSeconds = (System.nanoTime() - burstStart) / 1e9;
            List<Job> finished = mongo.findAll(Job.class);
            long failed =
                    finished.stream().filter(j -> j.state() == JobState.FAILED).count();
            List<Long> endToEnd = finished.stream()
                    .filter(j -> j.finishedAt() != null)
                    .map(j -> Duration.between(j.createdAt(), j.finishedAt()).toMillis())
                    .sorted()
                    .toList();
            List<Long> submits = submitMillis.stream().sorted().toList();

            System.out.printf(
                    "%nArtGen burst: %d jobs, size %s, quality %s, provider latency %s, max in flight %s (%d cores)%n",
                    jobs,
                    options.get("size"),
                    options.get("quality"),
                    options.get("latency"),
                    options.get("inflight"),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf("  start-up (infrastructure + api + worker): %.1f s%n", bootSeconds);
            System.out.printf(
                    "  submit: %d accepted in %.2f s (%.0f req/s), POST latency p50 %d ms, p99 %d ms%n",
                    jobs, submitSeconds, jobs / submitSeconds, percentile(submits, 50), percentile(submits, 99));
            System.out.printf(
                    "  done:   %d succeeded, %d failed in %.2f s -> %.1f jobs/s; peak running %d%n",
                    endToEnd.size() - failed, failed, totalSeconds, jobs / totalSeconds, peakRunning);
            System.out.printf(
                    "  end-to-end (created -> finished): p50 %d ms, p95 %d ms, max %d ms%n%n",
                    percentile(endToEnd, 50), percentile(endToEnd, 95), endToEnd.getLast());
            apiContext.close();
            workerContext.close();
        }
        System.exit(0);
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
