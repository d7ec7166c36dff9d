package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.api.keys.ApiKeys;
import dev.artgen.api.keys.Scope;
import java.awt.Color;
import java.time.Instant;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.TestFactory;
import org.junit.jupiter.api.TestInstance;

/**
 * Every protected route, called by everyone who might call it: the owner, another user, an admin,
 * nobody, and the owner with a revoked key, an expired key and a key missing the route's scope. Each
 * cell asserts the status and, for refusals, a problem document. Another user's ids answer 404, so
 * nobody learns that someone else's job exists.
 */
@TestInstance(TestInstance.Lifecycle.PER_CLASS)
class AuthorizationMatrixTest {

    enum Who {
        OWNER,
        OTHER,
        ADMIN,
        ANONYMOUS,
        REVOKED,
        EXPIRED,
        MISSING_SCOPE
    }

    private final ArtGenSystem system = SharedSystem.get();
    private final Map<Who, Http> callers = new EnumMap<>(Who.class);
    private final Map<Who, Scope> narrowKeys = new EnumMap<>(Who.class);
    private String jobId;
    private String imageId;
    private String uploadId;
    private String ownerKeyId;
    private String webhookId;
    private ArtGenSystem.TestUser owner;

    @BeforeAll
    void setUp() {
        ArtGenSystem.TestUser owner =
                system.newUser("owner-" + UUID.randomUUID().toString().substring(0, 8));
        ArtGenSystem.TestUser other =
                system.newUser("other-" + UUID.randomUUID().toString().substring(0, 8));
        callers.put(Who.OWNER, owner.http());
        callers.put(Who.OTHER, other.http());
        callers.put(Who.ADMIN, system.admin());
        callers.put(Who.ANONYMOUS, owner.http().anonymous());

        Http.Response revoked = owner.http().postJson("/v1/keys", "{\"name\":\"to revoke\"}");
        assertThat(revoked.status()).isEqualTo(201);
        owner.http().delete("/v1/keys/" + revoked.json().get("key").get("id").asString());
        callers.put(
                Who.REVOKED,
                owner.http().anonymous().withKey(revoked.json().get("secret").asString()));

        // Keys cannot be created already expired through the API; the component that issues them can.
        ApiKeys keys = system.apiBean(ApiKeys.class);
        String expired = keys.issue(
                        owner.id(),
                        "expired",
                        Set.of(Scope.values()),
                        Instant.now().minusSeconds(1))
                .secret();
        callers.put(Who.EXPIRED, owner.http().anonymous().withKey(expired));

        JobClient jobs = new JobClient(owner.http());
        jobId = jobs.submit(job("a private picture", "size", "256x256"))
                .get("id")
                .asString();
        imageId = jobs.awaitState(jobId, "succeeded")
                .get("images")
                .get(0)
                .get("id")
                .asString();
        uploadId = owner.http()
                .postMultipart("/v1/uploads", "file", "mine.png", "image/png", TestImages.png(64, 64, Color.RED))
                .json()
                .get("id")
                .asString();
        ownerKeyId = owner.http().get("/v1/me").json().get("key_id").asString();
        Http.Response endpoint = owner.http()
                .postJson("/v1/webhooks", "{\"url\":\"https://example.com/hook\",\"events\":[\"job.completed\"]}");
        assertThat(endpoint.status()).as(endpoint.text()).isEqualTo(201);
        webhookId = endpoint.json().get("id").asString();
        this.owner = owner;
    }

    /** A route and what each caller gets; {@code scope} is the one it needs. */
    record Route(String name, Scope scope, Function<Http, Http.Response> call, Map<Who, Integer> expected) {}

    private static Map<Who, Integer> answers(int owner, int other, int admin) {
        Map<Who, Integer> expected = new EnumMap<>(Who.class);
        expected.put(Who.OWNER, owner);
        expected.put(Who.OTHER, other);
        expected.put(Who.ADMIN, admin);
        expected.put(Who.ANONYMOUS, 401);
        expected.put(Who.REVOKED, 401);
        expected.put(Who.EXPIRED, 401);
        expected.put(Who.MISSING_SCOPE, 403);
        return expected;
    }

    private List<Route> routes() {
        return List.of(
                new Route("GET job", Scope.JOBS_READ, h -> h.get("/v1/jobs/" + jobId), answers(200, 404, 200)),
                new Route("GET jobs", Scope.JOBS_READ, h -> h.get("/v1/jobs"), answers(200, 200, 200)),
                new Route(
                        "POST job",
                        Scope.JOBS_WRITE,
                        h -> h.postJson("/v1/jobs", "{\"prompt\":\"x\",\"n\":0}"),
                        answers(400, 400, 400)),
                new Route(
                        "cancel job",
                        Scope.JOBS_WRITE,
                        h -> h.post("/v1/jobs/" + jobId + "/cancel", "application/json", ""),
                        answers(409, 404, 409)),
                new Route("GET image", Scope.IMAGES_READ, h -> h.get("/v1/images/" + imageId), answers(200, 404, 200)),
                new Route(
                        "download image",
                        Scope.IMAGES_READ,
                        h -> h.get("/v1/images/" + imageId + "/download"),
                        answers(200, 404, 200)),
                new Route(
                        "thumbnail",
                        Scope.IMAGES_READ,
                        h -> h.get("/v1/images/" + imageId + "/thumbnail"),
                        answers(200, 404, 200)),
                new Route(
                        "GET upload", Scope.IMAGES_READ, h -> h.get("/v1/uploads/" + uploadId), answers(200, 404, 200)),
                new Route(
                        "upload content",
                        Scope.IMAGES_READ,
                        h -> h.get("/v1/uploads/" + uploadId + "/content"),
                        answers(200, 404, 200)),
                new Route("GET models", Scope.JOBS_READ, h -> h.get("/v1/models"), answers(200, 200, 200)),
                new Route("GET key", Scope.KEYS, h -> h.get("/v1/keys/" + ownerKeyId), answers(200, 404, 404)),
                new Route("list keys", Scope.KEYS, h -> h.get("/v1/keys"), answers(200, 200, 200)),
                new Route(
                        "revoke someone's key",
                        Scope.KEYS,
                        h -> h.delete("/v1/keys/key_000000000000000000000000"),
                        answers(404, 404, 404)),
                new Route(
                        "wait for job",
                        Scope.JOBS_READ,
                        h -> h.withHeader("Prefer", "wait=1").get("/v1/jobs/" + jobId),
                        answers(200, 404, 200)),
                new Route(
                        "job deliveries",
                        Scope.JOBS_READ,
                        h -> h.get("/v1/jobs/" + jobId + "/deliveries"),
                        // Webhook deliveries are personal, like keys: not even admins see another's.
                        answers(200, 404, 404)),
                new Route(
                        "GET webhook", Scope.WEBHOOKS, h -> h.get("/v1/webhooks/" + webhookId), answers(200, 404, 404)),
                new Route(
                        "webhook deliveries",
                        Scope.WEBHOOKS,
                        h -> h.get("/v1/webhooks/" + webhookId + "/deliveries"),
                        answers(200, 404, 404)),
                new Route(
                        "delete webhook",
                        Scope.WEBHOOKS,
                        h -> h.delete("/v1/webhooks/wh_000000000000000000000000"),
                        answers(404, 404, 404)),
                new Route("own limits", Scope.JOBS_READ, h -> h.get("/v1/limits"), answers(200, 200, 200)),
                new Route(
                        "a user's limits",
                        Scope.ADMIN,
                        h -> h.get("/v1/admin/users/" + owner.id() + "/limits"),
                        answers(403, 403, 200)),
                new Route(
                        "set a user's limits",
                        Scope.ADMIN,
                        h -> h.putJson("/v1/admin/users/" + owner.id() + "/limits", "{}"),
                        answers(403, 403, 200)),
                new Route("list users", Scope.ADMIN, h -> h.get("/v1/admin/users"), answers(403, 403, 200)),
                new Route("own usage", Scope.JOBS_READ, h -> h.get("/v1/usage"), answers(200, 200, 200)),
                new Route("everyone's usage", Scope.ADMIN, h -> h.get("/v1/admin/usage"), answers(403, 403, 200)),
                new Route("actuator info", Scope.ADMIN, h -> h.get("/actuator/info"), answers(403, 403, 200)));
    }

    @TestFactory
    List<DynamicTest> everyRouteAnswersEveryCallerAsExpected() {
        List<DynamicTest> tests = new ArrayList<>();
        for (Route route : routes()) {
            for (Who who : Who.values()) {
                int expected = route.expected().get(who);
                tests.add(DynamicTest.dynamicTest(route.name() + " as " + who + " → " + expected, () -> {
                    Http.Response response = route.call().apply(caller(who, route.scope()));
                    assertThat(response.status()).as(response.text()).isEqualTo(expected);
                    if (expected >= 400) {
                        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
                    }
                    if (expected == 401) {
                        assertThat(response.header("WWW-Authenticate")).startsWith("Bearer");
                    }
                }));
            }
        }
        return tests;
    }

    private Http caller(Who who, Scope needed) {
        if (who != Who.MISSING_SCOPE) {
            return callers.get(who);
        }
        // The owner's key with every scope their role allows except the one this route needs; for
        // admin routes, an admin's key without the admin scope.
        boolean adminRoute = needed == Scope.ADMIN;
        Http issuer = adminRoute ? system.admin() : owner.http();
        List<String> scopes = (adminRoute
                        ? Set.of(Scope.values())
                        : Set.of(Scope.JOBS_READ, Scope.JOBS_WRITE, Scope.IMAGES_READ, Scope.WEBHOOKS, Scope.KEYS))
                .stream().filter(scope -> scope != needed).map(Scope::wireName).toList();
        Http.Response created = issuer.postJson(
                "/v1/keys", "{\"name\":\"without " + needed.wireName() + "\",\"scopes\":" + issuer.json(scopes) + "}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return issuer.anonymous().withKey(created.json().get("secret").asString());
    }
}
