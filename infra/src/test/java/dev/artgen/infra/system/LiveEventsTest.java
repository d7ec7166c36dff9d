package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.WebSocket;
import java.time.Duration;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * A browser connected to /v1/events sees its user's jobs go queued → running → succeeded, without
 * polling, and nobody else's.
 */
class LiveEventsTest {

    private final ArtGenSystem system = SharedSystem.get();
    private final JobClient jobs = new JobClient(system.http());

    @Test
    void socketReceivesEveryStateChangeOfAJobInOrder() throws Exception {
        List<JsonNode> received = new CopyOnWriteArrayList<>();
        WebSocket socket = open(system.http(), received);
        // The relay joins its consumer group asynchronously; give it a job to prove it is listening.
        await().atMost(Duration.ofSeconds(30)).until(() -> {
            jobs.awaitState(
                    jobs.submit(job("warm-up", "size", "256x256")).get("id").asString(), "succeeded");
            return !received.isEmpty();
        });

        String id =
                jobs.submit(job("watched live", "size", "256x256")).get("id").asString();

        await().atMost(Duration.ofSeconds(30))
                .until(() -> typesFor(received, id).contains("job.succeeded"));
        assertThat(typesFor(received, id)).containsExactly("job.queued", "job.running", "job.succeeded");
        JsonNode last = received.stream()
                .filter(e -> e.at("/job/id").asString().equals(id))
                .toList()
                .getLast();
        assertThat(last.at("/job/images/0/url").asString()).startsWith("/v1/images/img_");
        socket.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    @Test
    void aSocketCarriesOnlyItsOwnUsersEventsAndNeedsSignIn() throws Exception {
        ArtGenSystem.TestUser other =
                system.newUser("watcher-" + UUID.randomUUID().toString().substring(0, 8));
        List<JsonNode> mine = new CopyOnWriteArrayList<>();
        List<JsonNode> theirs = new CopyOnWriteArrayList<>();
        WebSocket own = open(system.http(), mine);
        WebSocket foreign = open(other.http(), theirs);

        String id = jobs.submit(job("not for other eyes", "size", "256x256"))
                .get("id")
                .asString();
        await().atMost(Duration.ofSeconds(30)).until(() -> typesFor(mine, id).contains("job.succeeded"));
        // The other user's own job proves their socket is live, and its events come after ours.
        String theirJob = new JobClient(other.http())
                .submit(job("theirs", "size", "256x256"))
                .get("id")
                .asString();
        await().atMost(Duration.ofSeconds(30))
                .until(() -> typesFor(theirs, theirJob).contains("job.succeeded"));
        assertThat(typesFor(theirs, id)).isEmpty();
        assertThat(typesFor(mine, theirJob)).isEmpty();

        assertThatThrownBy(() -> open(system.http().anonymous(), new CopyOnWriteArrayList<>()))
                .as("an anonymous handshake is refused")
                // The JDK reports a refused handshake through an internal exception type, so by its message.
                .hasStackTraceContaining("status code 401");
        own.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
        foreign.sendClose(WebSocket.NORMAL_CLOSURE, "done").join();
    }

    private static WebSocket open(Http http, List<JsonNode> received) throws Exception {
        URI events = URI.create(http.base().toString().replace("http://", "ws://") + "/v1/events");
        WebSocket.Builder builder = HttpClient.newHttpClient().newWebSocketBuilder();
        if (http.authorization() != null) {
            builder.header("Authorization", http.authorization());
        }
        return builder.buildAsync(events, new WebSocket.Listener() {
                    private final StringBuilder partial = new StringBuilder();

                    @Override
                    public CompletionStage<?> onText(WebSocket webSocket, CharSequence data, boolean last) {
                        partial.append(data);
                        if (last) {
                            received.add(Http.JSON.readTree(partial.toString()));
                            partial.setLength(0);
                        }
                        webSocket.request(1);
                        return null;
                    }
                })
                .get();
    }

    private static List<String> typesFor(List<JsonNode> events, String id) {
        return events.stream()
                .filter(e -> e.at("/job/id").asString().equals(id))
                .map(e -> e.get("type").asString())
                .toList();
    }
}
