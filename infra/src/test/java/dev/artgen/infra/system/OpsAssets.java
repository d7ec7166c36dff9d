package dev.artgen.infra.system;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;
import org.yaml.snakeyaml.Yaml;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/** The PromQL of infra's Grafana dashboards and Prometheus alert rules, by where it stands. */
record OpsAssets(Map<String, String> expressions) {

    /** infra/, where surefire runs the tests. */
    static final Path DASHBOARDS = Path.of("grafana", "dashboards");

    static final Path RULES = Path.of("prometheus", "rules");

    static OpsAssets load() throws IOException {
        Map<String, String> expressions = new LinkedHashMap<>();
        try (Stream<Path> files = Files.list(DASHBOARDS)) {
            for (Path file :
                    files.filter(f -> f.toString().endsWith(".json")).sorted().toList()) {
                JsonNode dashboard = JsonMapper.shared().readTree(file.toFile());
                collectTargets(file.getFileName().toString(), dashboard.get("panels"), expressions);
            }
        }
        try (Stream<Path> files = Files.list(RULES)) {
            for (Path file : files.filter(f -> f.toString().endsWith(".rules.yml"))
                    .sorted()
                    .toList()) {
                Map<String, Object> rules = new Yaml().load(Files.readString(file));
                for (Map<String, Object> group : list(rules.get("groups"))) {
                    for (Map<String, Object> rule : list(group.get("rules"))) {
                        String name = String.valueOf(rule.getOrDefault("alert", rule.get("record")));
                        expressions.put(file.getFileName() + " " + name, String.valueOf(rule.get("expr")));
                    }
                }
            }
        }
        return new OpsAssets(Map.copyOf(expressions));
    }

    private static void collectTargets(String file, JsonNode panels, Map<String, String> expressions) {
        if (panels == null) {
            return;
        }
        for (JsonNode panel : panels) {
            collectTargets(file, panel.get("panels"), expressions);
            JsonNode targets = panel.get("targets");
            if (targets == null) {
                continue;
            }
            for (JsonNode target : targets) {
                String where = file + " '" + panel.get("title").asString() + "' "
                        + target.get("refId").asString();
                expressions.put(where, target.get("expr").asString());
            }
        }
    }

    @SuppressWarnings("unchecked")
    private static List<Map<String, Object>> list(Object value) {
        return value == null ? List.of() : (List<Map<String, Object>>) value;
    }
}
