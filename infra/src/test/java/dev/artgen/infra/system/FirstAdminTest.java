package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.api.ArtGenApi;
import dev.artgen.infra.local.LocalInfrastructure;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.util.HashMap;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.springframework.context.ConfigurableApplicationContext;

/** A new ArtGen makes its own admin with a fresh key, readable by the owner only; later starts keep it. */
class FirstAdminTest {

    @Test
    void theFirstStartWritesTheAdminKeyAndLaterStartsLeaveItAlone(@TempDir Path dir) throws Exception {
        Path keyFile = dir.resolve("secrets/admin-key");
        try (LocalInfrastructure infrastructure = LocalInfrastructure.start(null, LocalInfrastructure.Ports.ANY)) {
            Map<String, Object> properties = new HashMap<>(infrastructure.springProperties());
            properties.put("server.port", 0);
            properties.put("artgen.security.admin-key-file", keyFile.toString());

            String key;
            try (ConfigurableApplicationContext api = start(properties)) {
                key = Files.readString(keyFile).strip();
                assertThat(key).startsWith("agk_");
                assertThat(PosixFilePermissions.toString(Files.getPosixFilePermissions(keyFile)))
                        .isEqualTo("rw-------");
                Http admin = http(api).withKey(key);
                assertThat(admin.get("/v1/me").json().get("role").asString()).isEqualTo("admin");
                assertThat(http(api).get("/v1/me").status()).isEqualTo(401);
            }

            Files.delete(keyFile);
            try (ConfigurableApplicationContext api = start(properties)) {
                assertThat(keyFile).as("the admin exists: no second key").doesNotExist();
                assertThat(http(api).withKey(key).get("/v1/admin/users").json().size())
                        .isEqualTo(1);
            }
        }
    }

    private static ConfigurableApplicationContext start(Map<String, Object> properties) {
        return ArtGenApi.application().run(LocalInfrastructure.asArguments(properties));
    }

    private static Http http(ConfigurableApplicationContext api) {
        return new Http(URI.create("http://127.0.0.1:" + api.getEnvironment().getProperty("local.server.port")));
    }
}
