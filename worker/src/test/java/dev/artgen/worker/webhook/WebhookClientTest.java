package dev.artgen.worker.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import com.sun.net.httpserver.HttpServer;
import dev.artgen.common.webhook.AddressGuard;
import dev.artgen.common.webhook.WebhookProperties;
import java.io.IOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.time.Clock;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.atomic.AtomicInteger;
import okhttp3.Dns;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.util.unit.DataSize;

/**
 * The webhook client against a real server on loopback: with loopback refused, no path reaches
 * it, whether the URL names it literally, through an IPv4-mapped form, or through a name whose DNS
 * answer points at it (as a rebinding attacker's would at connect time).
 */
class WebhookClientTest {

    private HttpServer server;
    private final AtomicInteger hits = new AtomicInteger();
    private int port;

    @BeforeEach
    void startReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
        server.createContext("/", exchange -> {
            hits.incrementAndGet();
            exchange.getResponseHeaders().add("Location", "/hook");
            byte[] body = "ok\u0000\u001b[31m <script>".repeat(1000).getBytes();
            exchange.sendResponseHeaders(exchange.getRequestURI().getPath().equals("/moved") ? 302 : 200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
        port = server.getAddress().getPort();
    }

    @AfterEach
    void stopReceiver() {
        server.stop(0);
    }

    private static WebhookClient client(boolean allowLoopback, Dns resolver) {
        var properties = new WebhookProperties(
                allowLoopback,
                List.of(80, 443),
                Duration.ofSeconds(2),
                Duration.ofSeconds(2),
                DataSize.ofKilobytes(16),
                new WebhookProperties.Retry(Duration.ofSeconds(1), 2, Duration.ofMinutes(1), 3, 0),
                Duration.ofHours(1),
                Duration.ofHours(1),
                Duration.ofSeconds(1),
                Duration.ofSeconds(30),
                4);
        return new WebhookClient(properties, new AddressGuard(allowLoopback), resolver, Clock.systemUTC());
    }

    private CallResult post(WebhookClient client, String url) {
        return client.post(url, Map.of("webhook-id", "msg_test"), "{}");
    }

    @Test
    void refusesLoopbackLiteralsAtConnectTime() {
        WebhookClient client = client(false, Dns.SYSTEM);

        for (String url : List.of(
                "http://127.0.0.1:" + port + "/hook",
                "http://[::ffff:127.0.0.1]:" + port + "/hook",
                "http://localhost:" + port + "/hook")) {
            assertThat(post(client, url))
                    .as(url)
                    .isInstanceOfSatisfying(
                            CallResult.NoAnswer.class,
                            no -> assertThat(no.kind()).isEqualTo("address_refused"));
        }
        assertThat(hits).hasValue(0);
    }

    @Test
    void refusesANameThatResolvesInside() {
        Dns rebinding = host -> List.of(InetAddress.getLoopbackAddress());

        CallResult result = post(client(false, rebinding), "http://rebind.example:" + port + "/hook");

        assertThat(result).isInstanceOfSatisfying(CallResult.NoAnswer.class, no -> {
            assertThat(no.kind()).isEqualTo("address_refused");
            assertThat(no.reason()).contains("rebind.example").contains("loopback");
        });
        assertThat(hits).hasValue(0);
    }

    @Test
    void socketsCheckTheAddressEvenWhenDnsWasBypassed() throws IOException {
        var socket = GuardedNetwork.sockets(new AddressGuard(false)).createSocket();

        org.assertj.core.api.Assertions.assertThatThrownBy(
                        () -> socket.connect(new InetSocketAddress(InetAddress.getByName("169.254.169.254"), 80)))
                .isInstanceOf(GuardedNetwork.AddressRefused.class)
                .hasMessageContaining("metadata");
        socket.close();
    }

    @Test
    void readsOnlyACappedSanitizedStartOfTheAnswer() {
        CallResult result = post(client(true, Dns.SYSTEM), "http://127.0.0.1:" + port + "/hook");

        assertThat(result).isInstanceOfSatisfying(CallResult.Answered.class, answered -> {
            assertThat(answered.status()).isEqualTo(200);
            assertThat(answered.excerpt()).hasSizeLessThanOrEqualTo(200).doesNotContain("\u0000", "\u001b");
        });
        assertThat(hits).hasValue(1);
    }

    @Test
    void doesNotFollowRedirects() {
        CallResult result = post(client(true, Dns.SYSTEM), "http://127.0.0.1:" + port + "/moved");

        assertThat(result)
                .isInstanceOfSatisfying(
                        CallResult.Answered.class,
                        answered -> assertThat(answered.status()).isEqualTo(302));
        assertThat(hits).hasValue(1);
    }
}
