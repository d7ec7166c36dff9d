package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.artgen.common.webhook.AddressGuard;
import java.net.InetAddress;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * With the default settings (no loopback), no webhook URL that could reach inside is accepted: the
 * job or endpoint is refused with a problem naming the field, and nothing is stored.
 */
class WebhookAddressRulesTest {

    private final ArtGenSystem system = SharedSystem.get();

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://[::1]/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.1.2.3/hook",
                "http://[::ffff:10.0.0.1]/hook",
                "http://2130706433/hook",
                "http://0177.0.0.1/hook",
                "http://localhost/hook",
                "http://localhost:8080/hook",
                "http://192.168.0.1:8080/hook",
                "http://[fd00::1]/hook",
                "ftp://example.com/hook",
                "http://user:secret@example.com/hook",
                "http://example.com:25/hook"
            })
    void refusesTheJobAndStoresNothing(String url) {
        long before = system.mongo().getCollection("jobs").countDocuments();

        Http.Response response =
                system.http().postJson("/v1/jobs", system.http().json(job("a cat", "webhook", Map.of("url", url))));

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("webhook.url");
        assertThat(system.mongo().getCollection("jobs").countDocuments()).isEqualTo(before);
    }

    @Test
    void refusesAHostNameThatResolvesToAPrivateAddress() throws Exception {
        // This machine's own name: it resolves to loopback or a private address on any ordinary host.
        String host = InetAddress.getLocalHost().getHostName();
        assumeTrue(
                new AddressGuard(false).refusal(InetAddress.getByName(host)).isPresent(),
                host + " resolves to a public address here");

        Http.Response response = system.http()
                .postJson(
                        "/v1/jobs",
                        system.http().json(job("a cat", "webhook", Map.of("url", "http://" + host + "/hook"))));

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/message").asString()).contains("resolves to");
    }

    @ParameterizedTest
    @ValueSource(strings = {"http://127.0.0.1/hook", "http://0177.0.0.1/hook", "http://[::ffff:169.254.169.254]/"})
    void refusesTheEndpoint(String url) {
        Http.Response response =
                system.http().postJson("/v1/webhooks", system.http().json(Map.of("url", url)));

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("url");
    }

    @ParameterizedTest
    @ValueSource(strings = {"job.finished", "succeeded"})
    void namesAnUnknownEventType(String type) {
        Http.Response response = system.http()
                .postJson(
                        "/v1/jobs",
                        system.http()
                                .json(job(
                                        "a cat",
                                        "webhook",
                                        Map.of("url", "https://example.com/hook", "events", java.util.List.of(type)))));

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().at("/errors/0/field").asString()).isEqualTo("webhook.events[0]");
    }
}
