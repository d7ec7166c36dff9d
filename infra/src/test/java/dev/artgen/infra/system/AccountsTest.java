package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.UUID;
import org.junit.jupiter.api.Test;

/** Keys and sessions through real HTTP: shown once, hashed, rotated, revoked, and the page's cookie. */
class AccountsTest {

    private final ArtGenSystem system = SharedSystem.get();

    private ArtGenSystem.TestUser someone() {
        return system.newUser("u-" + UUID.randomUUID().toString().substring(0, 8));
    }

    @Test
    void aKeyIsShownOnceStoredAsAHashAndWorksUntilRevoked() {
        ArtGenSystem.TestUser user = someone();
        Http.Response created =
                user.http().postJson("/v1/keys", "{\"name\":\"ci\",\"scopes\":[\"jobs:read\"],\"expires_in_days\":30}");
        assertThat(created.status()).isEqualTo(201);
        String secret = created.json().get("secret").asString();
        String id = created.json().get("key").get("id").asString();
        assertThat(secret).startsWith("agk_").hasSizeGreaterThanOrEqualTo(47);
        assertThat(created.json().get("key").get("prefix").asString()).isEqualTo(secret.substring(0, 10));
        assertThat(created.json().get("key").get("expires_at").asString()).isNotEmpty();

        // Nowhere else: not in the listing, not in the database.
        assertThat(user.http().get("/v1/keys").text()).doesNotContain(secret);
        assertThat(system.mongo()
                        .getCollection("api_keys")
                        .find()
                        .into(new java.util.ArrayList<>())
                        .toString())
                .doesNotContain(secret);

        Http withKey = user.http().anonymous().withKey(secret);
        assertThat(withKey.get("/v1/jobs").status()).isEqualTo(200);
        assertThat(withKey.get("/v1/me").json().get("scopes").toString()).isEqualTo("[\"jobs:read\"]");
        assertThat(withKey.postJson("/v1/jobs", "{}").status())
                .as("jobs:write is not among its scopes")
                .isEqualTo(403);
        assertThat(user.http().get("/v1/keys/" + id).json().get("last_used_at").isNull())
                .isFalse();

        assertThat(user.http().delete("/v1/keys/" + id).status()).isEqualTo(204);
        assertThat(withKey.get("/v1/jobs").status()).isEqualTo(401);
        assertThat(user.http().get("/v1/keys/" + id).json().get("state").asString())
                .isEqualTo("revoked");
    }

    @Test
    void rotationIssuesANewSecretAndRetiresTheOldOne() {
        ArtGenSystem.TestUser user = someone();
        Http.Response created = user.http().postJson("/v1/keys", "{\"name\":\"deploy\"}");
        String oldSecret = created.json().get("secret").asString();
        Http.Response rotated = user.http()
                .post("/v1/keys/" + created.json().get("key").get("id").asString() + "/rotate", "application/json", "");
        assertThat(rotated.status()).isEqualTo(201);
        String newSecret = rotated.json().get("secret").asString();
        assertThat(newSecret).isNotEqualTo(oldSecret);
        assertThat(rotated.json().get("key").get("name").asString()).isEqualTo("deploy");
        assertThat(user.http().anonymous().withKey(oldSecret).get("/v1/me").status())
                .isEqualTo(401);
        assertThat(user.http().anonymous().withKey(newSecret).get("/v1/me").status())
                .isEqualTo(200);
    }

    @Test
    void keysAreRefusedInTheQueryStringAndMalformedCredentialsAreRefusedNotIgnored() {
        ArtGenSystem.TestUser user = someone();
        Http anonymous = user.http().anonymous();
        Http.Response inQuery = anonymous.get("/v1/jobs?api_key=" + user.key());
        assertThat(inQuery.status()).isEqualTo(401);
        assertThat(inQuery.json().get("detail").asString()).contains("Authorization header");
        assertThat(user.http().get("/v1/jobs?cursor=" + user.key()).status()).isEqualTo(401);
        assertThat(anonymous
                        .withHeader("Authorization", "Basic YWRtaW46YWRtaW4=")
                        .get("/v1/jobs")
                        .status())
                .isEqualTo(401);
        assertThat(anonymous
                        .withKey("agk_not-a-real-key-at-all-000000")
                        .get("/v1/jobs")
                        .status())
                .isEqualTo(401);
    }

    @Test
    void thePageSignsInWithAnHttpOnlySameSiteCookieThatOnlyItsOwnOriginCanUse() {
        ArtGenSystem.TestUser user = someone();
        Http anonymous = user.http().anonymous();
        assertThat(anonymous
                        .postJson("/v1/session", "{\"api_key\":\"agk_wrong-wrong-wrong-wrong-wrong\"}")
                        .status())
                .isEqualTo(401);

        Http.Response signedIn = anonymous.postJson("/v1/session", "{\"api_key\":\"" + user.key() + "\"}");
        assertThat(signedIn.status()).isEqualTo(204);
        String setCookie = signedIn.header("Set-Cookie");
        assertThat(setCookie).contains("HttpOnly", "SameSite=Strict", "Path=/").doesNotContain(user.key());
        String cookie = setCookie.substring(0, setCookie.indexOf(';'));

        Http page = anonymous.withHeader("Cookie", cookie);
        assertThat(page.get("/v1/me").json().get("via").asString()).isEqualTo("session");
        String origin = page.base().toString().replaceAll("/$", "");
        assertThat(page.withHeader("Origin", origin).postJson("/v1/jobs", "{}").status())
                .as("same origin reaches validation")
                .isEqualTo(400);
        Http.Response crossSite =
                page.withHeader("Origin", "https://evil.example").postJson("/v1/jobs", "{}");
        assertThat(crossSite.status()).isEqualTo(403);
        assertThat(crossSite.header("Content-Type")).startsWith("application/problem+json");

        assertThat(page.delete("/v1/session").status()).isEqualTo(204);
        assertThat(page.get("/v1/me").status()).isEqualTo(401);
    }

    @Test
    void revokingTheKeyEndsItsSessionsAndDisablingAUserStopsEverything() {
        ArtGenSystem.TestUser user = someone();
        String cookie = user.http()
                .anonymous()
                .postJson("/v1/session", "{\"api_key\":\"" + user.key() + "\"}")
                .header("Set-Cookie")
                .split(";")[0];
        Http page = user.http().anonymous().withHeader("Cookie", cookie);
        assertThat(page.get("/v1/me").status()).isEqualTo(200);

        Http.Response disabled = system.admin().patchJson("/v1/admin/users/" + user.id(), "{\"disabled\":true}");
        assertThat(disabled.status()).isEqualTo(200);
        assertThat(user.http().get("/v1/me").status()).isEqualTo(401);
        assertThat(page.get("/v1/me").status()).isEqualTo(401);
        system.admin().patchJson("/v1/admin/users/" + user.id(), "{\"disabled\":false}");
        assertThat(page.get("/v1/me").status()).isEqualTo(200);

        String keyId = user.http().get("/v1/me").json().get("key_id").asString();
        assertThat(user.http().delete("/v1/keys/" + keyId).status()).isEqualTo(204);
        assertThat(page.get("/v1/me").status()).isEqualTo(401);
    }

    @Test
    void adminsCreateUsersWithValidNamesOnlyAndCannotLockThemselvesOut() {
        Http admin = system.admin();
        assertThat(admin.postJson("/v1/admin/users", "{\"name\":\"Bad Name!\"}")
                        .json()
                        .get("errors")
                        .get(0)
                        .get("field")
                        .asString())
                .isEqualTo("name");
        assertThat(admin.postJson("/v1/admin/users", "{\"name\":\"x\",\"role\":\"root\"}")
                        .status())
                .isEqualTo(400);
        String name = "dup-" + UUID.randomUUID().toString().substring(0, 8);
        assertThat(admin.postJson("/v1/admin/users", "{\"name\":\"" + name + "\"}")
                        .status())
                .isEqualTo(201);
        assertThat(admin.postJson("/v1/admin/users", "{\"name\":\"" + name + "\"}")
                        .status())
                .isEqualTo(409);
        String adminId = admin.get("/v1/me").json().get("id").asString();
        assertThat(admin.patchJson("/v1/admin/users/" + adminId, "{\"disabled\":true}")
                        .status())
                .isEqualTo(409);
    }

    @Test
    void thePageIsServedWithStrictSecurityHeadersAndOnlyHealthIsPublic() {
        Http anonymous = system.http().anonymous();
        Http.Response page = anonymous.get("/");
        assertThat(page.status()).isEqualTo(200);
        assertThat(page.header("Content-Security-Policy"))
                .contains("script-src 'self'", "frame-ancestors 'none'", "object-src 'none'")
                .doesNotContain("unsafe-inline");
        assertThat(page.header("X-Content-Type-Options")).isEqualTo("nosniff");
        assertThat(page.header("X-Frame-Options")).isEqualTo("DENY");
        assertThat(page.header("Referrer-Policy")).isEqualTo("same-origin");

        assertThat(anonymous.get("/actuator/health").status()).isEqualTo(200);
        assertThat(anonymous.get("/actuator/env").status()).isEqualTo(401);
        assertThat(system.http().get("/actuator/env").status()).isEqualTo(403);
    }

    @Test
    void frameworkAnswersAreProblemDocumentsToo() {
        Http http = system.http();
        Http.Response wrongMethod = http.patchJson("/v1/jobs", "{}");
        Http.Response noSuchRoute = http.get("/v1/no-such-thing");
        Http.Response unacceptable =
                http.withHeader("Accept", "application/xml").get("/v1/jobs");
        for (var response : java.util.List.of(wrongMethod, noSuchRoute, unacceptable)) {
            assertThat(response.header("Content-Type")).as(response.text()).startsWith("application/problem+json");
        }
        assertThat(wrongMethod.status()).isEqualTo(405);
        assertThat(noSuchRoute.status()).isEqualTo(404);
        assertThat(unacceptable.status()).isEqualTo(406);
        assertThat(http.anonymous().get("/v1/no-such-thing").status())
                .as("unknown routes need a key too, so they reveal nothing")
                .isEqualTo(401);
    }

    @Test
    @org.junit.jupiter.api.extension.ExtendWith(org.springframework.boot.test.system.OutputCaptureExtension.class)
    void keysAndSessionTokensNeverReachTheLogs(org.springframework.boot.test.system.CapturedOutput output) {
        ArtGenSystem.TestUser user = someone();
        Http.Response created = user.http().postJson("/v1/keys", "{\"name\":\"logged?\"}");
        String secret = created.json().get("secret").asString();
        Http withKey = user.http().anonymous().withKey(secret);
        withKey.get("/v1/jobs");
        withKey.get("/v1/jobs?api_key=" + secret);
        withKey.postJson("/v1/jobs", "{\"model\":\"artgen-local\",\"prompt\":\"" + secret + "\",\"n\":0}");
        String cookie = user.http()
                .anonymous()
                .postJson("/v1/session", "{\"api_key\":\"" + secret + "\"}")
                .header("Set-Cookie");
        String token = cookie.substring(cookie.indexOf('=') + 1, cookie.indexOf(';'));
        user.http().anonymous().withHeader("Cookie", "artgen_session=" + token).get("/v1/me");
        user.http().delete("/v1/keys/" + created.json().get("key").get("id").asString());
        withKey.get("/v1/jobs");

        // The capture sees what the apps' logging writes in this JVM (proved by a line of our own).
        org.slf4j.LoggerFactory.getLogger("dev.artgen.api")
                .warn(
                        "log capture check {}",
                        created.json().get("key").get("prefix").asString());
        assertThat(output.getAll()).contains("log capture check agk_");
        assertThat(output.getAll()).doesNotContain(secret).doesNotContain(token).doesNotContain(user.key());
    }
}
