package dev.artgen.infra.system;

import dev.artgen.api.ArtGenApi;
import dev.artgen.infra.local.LocalInfrastructure;
import dev.artgen.infra.openai.OpenAiEmulator;
import dev.artgen.worker.ArtGenWorker;
import java.net.URI;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.data.mongodb.core.MongoTemplate;

/**
 * A whole ArtGen for a test: real Kafka, MongoDB-wire and S3 servers, the api on a free port and
 * one or more workers, all in this JVM, driven through real HTTP like any client would.
 */
final class ArtGenSystem implements AutoCloseable {

    /** Worker settings that keep tests quick: short leases and a brisk sweeper. */
    static final Map<String, Object> FAST_WORKER = Map.of(
            "artgen.worker.lease", "3s",
            "artgen.worker.heartbeat", "500ms",
            "artgen.worker.sweep-interval", "250ms",
            "artgen.worker.retry-backoff", "200ms",
            "artgen.worker.shutdown-grace", "0s");

    private final AutoCloseable infrastructure;
    private final Map<String, Object> shared;
    private final ConfigurableApplicationContext api;
    private final List<ConfigurableApplicationContext> workers = new ArrayList<>();
    private final List<AutoCloseable> companions = new ArrayList<>();
    private final Http admin;
    private final TestUser user;

    private ArtGenSystem(
            AutoCloseable infrastructure,
            Map<String, Object> shared,
            ConfigurableApplicationContext api,
            String adminKey) {
        this.infrastructure = infrastructure;
        this.shared = shared;
        this.api = api;
        this.admin = new Http(
                        URI.create("http://127.0.0.1:" + api.getEnvironment().getProperty("local.server.port")))
                .withKey(adminKey);
        this.user = newUser("tester");
    }

    /** A user of this ArtGen: their id, their first API key and a client that sends it. */
    record TestUser(String id, String key, Http http) {}

    /** Creates a user through the admin API, as an operator would. */
    TestUser newUser(String name) {
        Http.Response created = admin.postJson("/v1/admin/users", "{\"name\":\"" + name + "\"}");
        if (created.status() != 201) {
            throw new IllegalStateException(
                    "Creating user " + name + " answered " + created.status() + ": " + created.text());
        }
        String key = created.json().get("api_key").get("secret").asString();
        return new TestUser(
                created.json().get("user").get("id").asString(),
                key,
                admin.anonymous().withKey(key));
    }

    /** Embedded infrastructure, the api and one worker with {@code workerSettings} on top of FAST_WORKER. */
    static ArtGenSystem start(Map<String, Object> workerSettings) throws Exception {
        ArtGenSystem system = startWithoutWorkers();
        system.startWorker(workerSettings);
        return system;
    }

    /** Embedded infrastructure and the api; the test starts the workers it wants. */
    static ArtGenSystem startWithoutWorkers() throws Exception {
        return startWithoutWorkers(Map.of());
    }

    /** As {@link #startWithoutWorkers()}, with {@code settings} for api and workers alike (e.g. provider keys). */
    static ArtGenSystem startWithoutWorkers(Map<String, Object> settings) throws Exception {
        LocalInfrastructure infrastructure = LocalInfrastructure.start(null, LocalInfrastructure.Ports.ANY);
        Map<String, Object> properties = new HashMap<>(infrastructure.springProperties());
        properties.putAll(settings);
        return on(infrastructure, properties);
    }

    /**
     * Embedded infrastructure and the api with OpenAI's models offered and served by {@code emulator}
     * under {@code key}; the emulator stops with the system. No worker yet.
     */
    static ArtGenSystem withOpenAi(OpenAiEmulator emulator, String key, Map<String, Object> settings) throws Exception {
        Map<String, Object> properties = new HashMap<>(settings);
        properties.put("artgen.providers.openai.api-key", key);
        properties.put("artgen.providers.openai.base-url", emulator.baseUrl().toString());
        ArtGenSystem system = startWithoutWorkers(properties);
        system.alsoClose(emulator);
        return system;
    }

    /** The api on infrastructure described by {@code properties}; no worker yet. */
    static ArtGenSystem on(AutoCloseable infrastructure, Map<String, Object> properties) {
        Map<String, Object> shared = new HashMap<>(properties);
        shared.put("artgen.jobs.redispatch-after", "30s");
        // Tests poll quickly as one user; RateLimitTest sets the rates it tests.
        shared.putIfAbsent("artgen.limits.reads.quota", 1_000_000);
        shared.putIfAbsent("artgen.limits.writes.quota", 1_000_000);
        Map<String, Object> apiProperties = new HashMap<>(shared);
        apiProperties.put("server.port", 0);
        apiProperties.put("artgen.ops.management-port", 0);
        // A fresh admin key per system, chosen here so the tests can act as the operator.
        String adminKey = "agk_test-admin-" + UUID.randomUUID();
        apiProperties.put("artgen.security.admin-key", adminKey);
        return new ArtGenSystem(
                infrastructure,
                shared,
                ArtGenApi.application().run(LocalInfrastructure.asArguments(apiProperties)),
                adminKey);
    }

    ConfigurableApplicationContext startWorker(Map<String, Object> settings, Class<?>... extraSources) {
        Map<String, Object> properties = new HashMap<>(shared);
        properties.putAll(FAST_WORKER);
        // The worker's only HTTP port is its management port; any free one.
        properties.put("server.port", 0);
        properties.putAll(settings);
        var worker = ArtGenWorker.application().sources(extraSources).run(LocalInfrastructure.asArguments(properties));
        workers.add(worker);
        return worker;
    }

    List<ConfigurableApplicationContext> workers() {
        return workers;
    }

    /** A client signed in as the default test user, who owns what the tests submit. */
    Http http() {
        return user.http();
    }

    TestUser user() {
        return user;
    }

    /** The api's management port: health, info and the Prometheus scrape, no key needed. */
    Http apiManagement() {
        return new Http(URI.create("http://127.0.0.1:" + api.getEnvironment().getProperty("local.management.port")));
    }

    /** A worker's management port (its only HTTP port). */
    static Http management(ConfigurableApplicationContext worker) {
        return new Http(URI.create("http://127.0.0.1:" + worker.getEnvironment().getProperty("local.server.port")));
    }

    /** A client with the first admin's key. */
    Http admin() {
        return admin;
    }

    MongoTemplate mongo() {
        return api.getBean(MongoTemplate.class);
    }

    <T> T apiBean(Class<T> type) {
        return api.getBean(type);
    }

    String kafkaBootstrapServers() {
        return (String) shared.get("spring.kafka.bootstrap-servers");
    }

    /** Something the test started beside the system (an emulator) that should stop with it. */
    void alsoClose(AutoCloseable companion) {
        companions.add(companion);
    }

    @Override
    public void close() throws Exception {
        api.close();
        workers.forEach(ConfigurableApplicationContext::close);
        infrastructure.close();
        for (AutoCloseable companion : companions) {
            companion.close();
        }
    }
}
