package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Prometheus' own checks of infra/prometheus: the configuration and rules parse, and the alert
 * rules fire (and stay quiet) as their unit tests say. promtool comes from Debian's prometheus
 * package, which infra/scripts/ensure-promtool.sh installs in CI; elsewhere, without it, skipped.
 */
class PromtoolTest {

    private static final Path PROMETHEUS = Path.of("prometheus");

    @BeforeAll
    static void needsPromtool() {
        boolean present = List.of(System.getenv("PATH").split(File.pathSeparator)).stream()
                .anyMatch(dir -> Files.isExecutable(Path.of(dir, "promtool")));
        if (!present && "true".equals(System.getenv("CI"))) {
            throw new IllegalStateException(
                    "promtool is missing in CI: infra/scripts/ensure-promtool.sh should have installed it");
        }
        Assumptions.assumeTrue(present, "promtool is not installed (apt-get install prometheus)");
    }

    @Test
    void alertRulesAreValid() throws Exception {
        assertThat(promtool(PROMETHEUS, "check", "rules", "rules/artgen.rules.yml"))
                .contains("SUCCESS");
    }

    @Test
    void alertRulesFireAsTheirUnitTestsSay() throws Exception {
        assertThat(promtool(PROMETHEUS.resolve("rules"), "test", "rules", "artgen.rules.test.yml"))
                .contains("SUCCESS");
    }

    @Test
    void scrapeConfigurationIsValid() throws Exception {
        // The compose file mounts the rules at /etc/prometheus/rules; check the scrape config alone.
        Path config = Files.createTempFile("prometheus", ".yml");
        String text = Files.readString(PROMETHEUS.resolve("prometheus.yml"))
                .replace(
                        "/etc/prometheus/rules/*.rules.yml",
                        PROMETHEUS.resolve("rules").toAbsolutePath() + "/*.rules.yml");
        Files.writeString(config, text);
        assertThat(promtool(PROMETHEUS, "check", "config", config.toString())).contains("SUCCESS");
    }

    private static String promtool(Path directory, String... arguments) throws Exception {
        List<String> command = new java.util.ArrayList<>(List.of("promtool"));
        command.addAll(List.of(arguments));
        Process process = new ProcessBuilder(command)
                .directory(directory.toFile())
                .redirectErrorStream(true)
                .start();
        String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
        assertThat(process.waitFor(60, TimeUnit.SECONDS)).isTrue();
        assertThat(process.exitValue()).as(output).isZero();
        return output;
    }
}
