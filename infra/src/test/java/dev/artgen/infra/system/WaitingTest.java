package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Learning a job's outcome without polling: a waiting GET, and the Server-Sent Events stream. */
class WaitingTest {

    private final ArtGenSystem system = SharedSystem.get();
    private final JobClient jobs = new JobClient(system.http());
    private final HttpClient client = HttpClient.newHttpClient();

    @Test
    void aWaitingGetAnswersAsSoonAsTheJobEnds() throws Exception {
        String id = jobs.submit(job("waited for", "n", 2, "size", "1024x1024"))
                .get("id")
                .asString();

        long start = System.nanoTime();
        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(system.http().base().resolve("/v1/jobs/" + id))
                        .header("Authorization", system.http().authorization())
                        .header("Prefer", "respond-async, wait=30")
                        .build(),
                HttpResponse.BodyHandlers.ofString());
        Duration took = Duration.ofNanos(System.nanoTime() - start);

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(Http.JSON.readTree(response.body()).get("state").asString()).isEqualTo("succeeded");
        assertThat(response.headers().firstValue("Preference-Applied")).contains("wait=30");
        assertThat(took).isLessThan(Duration.ofSeconds(25));
    }

    @Test
    void aWaitIsCappedAndAnswersTheJobAsItIsWhenItRunsOut() throws Exception {
        String id =
                jobs.submit(job("already done", "size", "256x256")).get("id").asString();
        jobs.awaitState(id, "succeeded");

        HttpResponse<String> response = client.send(
                HttpRequest.newBuilder(system.http().base().resolve("/v1/jobs/" + id))
                        .header("Authorization", system.http().authorization())
                        .header("Prefer", "wait=100000")
                        .build(),
                HttpResponse.BodyHandlers.ofString());

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Preference-Applied")).contains("wait=60");
    }

    @Test
    void manyWaitersAreAnsweredTogetherWhenTheJobEnds() {
        String id = jobs.submit(job("watched by many", "n", 2, "size", "512x512"))
                .get("id")
                .asString();

        List<CompletableFuture<HttpResponse<String>>> waiting = new ArrayList<>();
        for (int i = 0; i < 200; i++) {
            waiting.add(client.sendAsync(
                    HttpRequest.newBuilder(system.http().base().resolve("/v1/jobs/" + id))
                            .header("Authorization", system.http().authorization())
                            .header("Prefer", "wait=30")
                            .build(),
                    HttpResponse.BodyHandlers.ofString()));
        }

        List<String> states = waiting.stream()
                .map(CompletableFuture::join)
                .map(r -> Http.JSON.readTree(r.body()).get("state").asString())
                .toList();
        assertThat(states).hasSize(200).containsOnly("succeeded");
    }

    @Test
    void theEventStreamDeliversAJobsEventsInOrder() throws Exception {
        List<JsonNode> events = new CopyOnWriteArrayList<>();
        List<String> ids = new CopyOnWriteArrayList<>();
        HttpResponse<Stream<String>> stream = client.send(
                HttpRequest.newBuilder(system.http().base().resolve("/v1/events/stream"))
                        .header("Authorization", system.http().authorization())
                        .header("Accept", "text/event-stream")
                        .build(),
                HttpResponse.BodyHandlers.ofLines());
        assertThat(stream.statusCode()).isEqualTo(200);
        assertThat(stream.headers().firstValue("Content-Type"))
                .hasValueSatisfying(type -> assertThat(type).startsWith("text/event-stream"));
        Thread reader = Thread.ofVirtual()
                .start(() -> stream.body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        events.add(Http.JSON.readTree(line.substring(5)));
                    } else if (line.startsWith("id:")) {
                        ids.add(line.substring(3).strip());
                    }
                }));
        // The api's relay joins its consumer group asynchronously; a finished job proves it listens.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            jobs.awaitState(
                    jobs.submit(job("warm-up", "size", "256x256")).get("id").asString(), "succeeded");
            return !events.isEmpty();
        });

        String id = jobs.submit(job("streamed", "size", "256x256")).get("id").asString();

        await().atMost(Duration.ofSeconds(30)).until(() -> typesFor(events, id).contains("job.succeeded"));
        assertThat(typesFor(events, id)).containsExactly("job.queued", "job.running", "job.succeeded");
        reader.interrupt();
        try {
            stream.body().close();
        } catch (RuntimeException ignored) {
            // closing the stream mid-read
        }
    }

    @Test
    void reconnectingWithLastEventIdCatchesUpOnWhatChanged() throws IOException, InterruptedException {
        String id = jobs.submit(job("missed while away", "size", "256x256"))
                .get("id")
                .asString();
        JsonNode done = jobs.awaitState(id, "succeeded");
        long before = java.time.Instant.parse(done.get("created_at").asString()).toEpochMilli() - 1;

        HttpResponse<Stream<String>> stream = client.send(
                HttpRequest.newBuilder(system.http().base().resolve("/v1/events/stream"))
                        .header("Authorization", system.http().authorization())
                        .header("Last-Event-ID", Long.toString(before))
                        .build(),
                HttpResponse.BodyHandlers.ofLines());

        List<JsonNode> caughtUp = new CopyOnWriteArrayList<>();
        Thread reader = Thread.ofVirtual()
                .start(() -> stream.body().forEach(line -> {
                    if (line.startsWith("data:")) {
                        caughtUp.add(Http.JSON.readTree(line.substring(5)));
                    }
                }));
        await().atMost(Duration.ofSeconds(10))
                .until(() -> typesFor(caughtUp, id).contains("job.succeeded"));
        reader.interrupt();
    }

    private static List<String> typesFor(List<JsonNode> events, String id) {
        return events.stream()
                .filter(e -> e.at("/job/id").asString().equals(id))
                .map(e -> e.get("type").asString())
                .toList();
    }
}
