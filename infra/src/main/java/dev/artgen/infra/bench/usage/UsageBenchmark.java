package dev.artgen.infra.bench.usage;

import com.mongodb.client.MongoCollection;
import com.mongodb.client.model.InsertManyOptions;
import dev.artgen.api.ArtGenApi;
import dev.artgen.infra.local.LocalInfrastructure;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SplittableRandom;
import java.util.UUID;
import org.bson.Document;
import org.bson.types.Decimal128;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * The usage report over a million usage records: seeds them straight into the embedded MongoDB-wire
 * server (insertMany batches, the shape Spring Data writes), then times {@code GET /v1/usage} for one
 * user's month and {@code GET /v1/admin/usage} for everyone's week, through real HTTP. Arguments:
 * {@code records=1000000 users=1000 days=365 runs=20 store=memory} ({@code store=h2}: the file
 * backend that {@code ./mvnw -Pstart} uses).
 */
public final class UsageBenchmark {

    private static final String[] MODELS = {"artgen-local", "gpt-image-1", "gpt-image-1-mini", "dall-e-3"};
    private static final int BATCH = 10_000;

    private UsageBenchmark() {}

    public static void main(String[] args) throws Exception {
        Map<String, String> options = new HashMap<>(
                Map.of("records", "1000000", "users", "1000", "days", "365", "runs", "20", "store", "memory"));
        for (String arg : args) {
            String[] pair = arg.split("=", 2);
            options.put(pair[0], pair[1]);
        }
        int records = Integer.parseInt(options.get("records"));
        int users = Integer.parseInt(options.get("users"));
        int days = Integer.parseInt(options.get("days"));
        int runs = Integer.parseInt(options.get("runs"));
        Path dataDir = options.get("store").equals("h2") ? Files.createTempDirectory("artgen-usage-bench") : null;

        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(dataDir, LocalInfrastructure.Ports.ANY)) {
            Map<String, Object> api = new HashMap<>(infrastructure.springProperties());
            api.put("logging.level.root", "WARN");
            api.put("server.port", 0);
            api.put("artgen.limits.reads.quota", 1_000_000);
            String adminKey = "agk_bench-admin-" + UUID.randomUUID();
            api.put("artgen.security.admin-key", adminKey);
            ConfigurableApplicationContext context = ArtGenApi.application().run(LocalInfrastructure.asArguments(api));
            URI base = URI.create("http://127.0.0.1:" + context.getEnvironment().getProperty("local.server.port"));
            HttpClient http = HttpClient.newHttpClient();

            String created = send(http, base, adminKey, "POST", "/v1/admin/users", "{\"name\":\"bench\"}");
            String userId = field(created, "\"id\":\"");
            String userKey = field(created, "\"secret\":\"");

            MongoCollection<Document> usage =
                    context.getBean(MongoTemplate.class).getCollection("usage");
            long seedStart = System.nanoTime();
            seed(usage, records, users, days, userId);
            double seedSeconds = (System.nanoTime() - seedStart) / 1e9;

            LocalDate today = LocalDate.now(ZoneOffset.UTC);
            String month = "/v1/usage?from=" + today.minusDays(29) + "&to=" + today + "&group_by=day,model";
            String week = "/v1/admin/usage?from=" + today.minusDays(6) + "&to=" + today + "&group_by=user,model";
            String weekByDay = "/v1/admin/usage?from=" + today.minusDays(6) + "&to=" + today + "&group_by=day,model";

            System.out.printf(
                    "%nArtGen usage report: %,d records (%d users, %d models, %d days), store %s (%d cores)%n",
                    usage.countDocuments(),
                    users,
                    MODELS.length,
                    days,
                    options.get("store"),
                    Runtime.getRuntime().availableProcessors());
            System.out.printf(
                    "  seed: %.1f s (%,.0f records/s, insertMany of %,d)%n", seedSeconds, records / seedSeconds, BATCH);
            time(http, base, userKey, "user's month (day,model)", month, runs);
            time(http, base, adminKey, "admin's week (user,model)", week, runs);
            time(http, base, adminKey, "admin's week (day,model)", weekByDay, runs);
            System.out.println();
            context.close();
        }
        System.exit(0);
    }

    /** Records spread evenly over users, models and the last {@code days} days; user 0 is the bench user. */
    private static void seed(MongoCollection<Document> usage, int records, int users, int days, String userId) {
        SplittableRandom random = new SplittableRandom(42);
        Instant now = Instant.now();
        long span = Duration.ofDays(days).toMillis();
        List<Document> batch = new ArrayList<>(BATCH);
        for (int i = 0; i < records; i++) {
            int images = 1 + random.nextInt(4);
            long output = images * 4_160L;
            batch.add(new Document("_id", "job_bench_" + i)
                    .append("owner", i % users == 0 ? userId : "usr_bench_" + (i % users))
                    .append("model", MODELS[random.nextInt(MODELS.length)])
                    .append("images", images)
                    .append("inputTokens", (long) random.nextInt(200))
                    .append("outputTokens", output)
                    .append("costUsd", new Decimal128(java.math.BigDecimal.valueOf(output * 40, 6)))
                    .append("recordedAt", Date.from(now.minusMillis(random.nextLong(span))))
                    .append("_class", "dev.artgen.common.usage.UsageRecord"));
            if (batch.size() == BATCH) {
                usage.insertMany(batch, new InsertManyOptions().ordered(false));
                batch.clear();
            }
        }
        if (!batch.isEmpty()) {
            usage.insertMany(batch, new InsertManyOptions().ordered(false));
        }
    }

    private static void time(HttpClient http, URI base, String key, String label, String path, int runs)
            throws Exception {
        String first = send(http, base, key, "GET", path, null);
        List<Long> millis = new ArrayList<>();
        for (int i = 0; i < runs; i++) {
            long start = System.nanoTime();
            send(http, base, key, "GET", path, null);
            millis.add((System.nanoTime() - start) / 1_000_000);
        }
        List<Long> sorted = millis.stream().sorted().toList();
        System.out.printf(
                "  %-27s p50 %5d ms, p95 %5d ms, max %5d ms over %d runs; totals %s%n",
                label,
                percentile(sorted, 50),
                percentile(sorted, 95),
                sorted.getLast(),
                runs,
                first.substring(first.indexOf("\"totals\""), first.indexOf('}', first.indexOf("\"totals\"")) + 1));
    }

    private static String send(HttpClient http, URI base, String key, String method, String path, String json)
            throws Exception {
        HttpRequest.Builder request = HttpRequest.newBuilder(base.resolve(path))
                .header("Authorization", "Bearer " + key)
                .timeout(Duration.ofMinutes(5));
        if (json != null) {
            request.header("Content-Type", "application/json")
                    .method(method, HttpRequest.BodyPublishers.ofString(json));
        }
        HttpResponse<String> response = http.send(request.build(), HttpResponse.BodyHandlers.ofString());
        if (response.statusCode() / 100 != 2) {
            throw new IllegalStateException(
                    method + " " + path + " answered " + response.statusCode() + ": " + response.body());
        }
        return response.body();
    }

    /** The string value after {@code prefix}; enough JSON reading for two fields of a known answer. */
    private static String field(String json, String prefix) {
        int start = json.indexOf(prefix) + prefix.length();
        return json.substring(start, json.indexOf('"', start));
    }

    private static long percentile(List<Long> sorted, int percent) {
        return sorted.get(Math.min(sorted.size() - 1, (int) Math.ceil(percent / 100.0 * sorted.size()) - 1));
    }
}
