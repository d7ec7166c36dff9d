package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.usage.UsageLedger;
import dev.artgen.common.usage.UsageRecord;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.UUID;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The usage report through real HTTP: exact sums over records written by the real ledger, whole UTC
 * days at the edges, one user never sees another's usage, admins see everyone, bad input is a 400
 * naming the field, and CSV is escaped. March 2025 belongs to this test; no other test writes there.
 */
class UsageApiTest {

    private static final String MARCH = "from=2025-03-01&to=2025-03-31";

    private static ArtGenSystem system;
    private static ArtGenSystem.TestUser alice;
    private static ArtGenSystem.TestUser bob;

    @BeforeAll
    static void scriptedUsage() {
        system = SharedSystem.get();
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        alice = system.newUser("alice-" + suffix);
        bob = system.newUser("bob-" + suffix);
        UsageLedger ledger = system.apiBean(UsageLedger.class);
        // Inside March: the first and last instants of March 1st, and March 2nd.
        ledger.record(usage(alice, "artgen-local", "2025-03-01T00:00:00Z", 2, 10, 100, "0.04"));
        ledger.record(usage(alice, "artgen-local", "2025-03-01T23:59:59.999Z", 1, 5, 50, "0.02"));
        ledger.record(usage(alice, "gpt-image-1", "2025-03-02T12:00:00Z", 1, 20, 200, "0.167"));
        // Just outside March on either side.
        ledger.record(usage(alice, "artgen-local", "2025-02-28T23:59:59.999Z", 4, 1, 1, "9"));
        ledger.record(usage(alice, "artgen-local", "2025-04-01T00:00:00Z", 8, 1, 1, "9"));
        ledger.record(usage(bob, "dall-e-3", "2025-03-01T10:00:00Z", 1, 0, 0, "0.08"));
        // A model name a spreadsheet would run as a formula, with a comma and quotes in it.
        ledger.record(usage(bob, "=HYPERLINK(\"x\",1)", "2025-03-03T10:00:00Z", 1, 0, 0, "0"));
    }

    @Test
    void sumsAUsersPeriodByDayAndModel() {
        JsonNode report = ok(alice.http().get("/v1/usage?" + MARCH));

        assertThat(report.get("from").asString()).isEqualTo("2025-03-01");
        assertThat(report.get("to").asString()).isEqualTo("2025-03-31");
        assertThat(report.get("group_by").toString()).isEqualTo("[\"day\",\"model\"]");
        assertSums(report.get("totals"), 3, 4, 35, 350, "0.227");
        JsonNode rows = report.get("rows");
        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).get("day").asString()).isEqualTo("2025-03-01");
        assertThat(rows.get(0).get("model").asString()).isEqualTo("artgen-local");
        assertSums(rows.get(0), 2, 3, 15, 150, "0.06");
        assertThat(rows.get(1).get("day").asString()).isEqualTo("2025-03-02");
        assertThat(rows.get(1).get("model").asString()).isEqualTo("gpt-image-1");
        assertSums(rows.get(1), 1, 1, 20, 200, "0.167");
    }

    @Test
    void groupsByModelAlone() {
        JsonNode rows =
                ok(alice.http().get("/v1/usage?" + MARCH + "&group_by=model")).get("rows");

        assertThat(rows).hasSize(2);
        assertThat(rows.get(0).has("day")).isFalse();
        assertSums(rows.get(0), 2, 3, 15, 150, "0.06");
        assertSums(rows.get(1), 1, 1, 20, 200, "0.167");
    }

    @Test
    void includesTheSameRemainingBudgetAsTheLimitsApi() {
        JsonNode budget = ok(alice.http().get("/v1/usage?" + MARCH)).get("budget");
        JsonNode limits = ok(alice.http().get("/v1/limits"));

        assertThat(budget.get("user_id").asString()).isEqualTo(alice.id());
        assertThat(budget.get("budgets")).isEqualTo(limits.get("budgets"));
    }

    @Test
    void aUserSeesOnlyTheirOwnUsage() {
        JsonNode report = ok(bob.http().get("/v1/usage?" + MARCH));

        assertThat(report.get("rows").toString())
                .contains("dall-e-3")
                .doesNotContain("artgen-local")
                .doesNotContain("gpt-image-1");
        assertSums(report.get("totals"), 2, 2, 0, 0, "0.08");
        assertThat(bob.http().get("/v1/usage?" + MARCH + "&user=" + alice.id()).text())
                .doesNotContain("gpt-image-1");
    }

    @Test
    void adminsSeeEveryoneAndUsersAreRefused() {
        assertThat(alice.http().get("/v1/admin/usage?" + MARCH).status()).isEqualTo(403);

        JsonNode perUser = ok(system.admin().get("/v1/admin/usage?" + MARCH + "&group_by=user"));
        assertThat(perUser.get("budget")).isNull();
        JsonNode aliceRow = row(perUser, "user", alice.id());
        assertThat(aliceRow.get("user_name").asString())
                .isEqualTo(alice.http().get("/v1/me").json().get("name").asString());
        assertSums(aliceRow, 3, 4, 35, 350, "0.227");
        assertSums(row(perUser, "user", bob.id()), 2, 2, 0, 0, "0.08");

        JsonNode justAlice = ok(system.admin().get("/v1/admin/usage?" + MARCH + "&user=" + alice.id()));
        assertThat(justAlice.get("user").asString()).isEqualTo(alice.id());
        assertSums(justAlice.get("totals"), 3, 4, 35, 350, "0.227");
        assertThat(justAlice.get("budget").get("user_id").asString()).isEqualTo(alice.id());
    }

    @Test
    void badInputIsA400NamingTheField() {
        Http http = alice.http();
        assertInvalid(http.get("/v1/usage?from=2025-13-01"), "from");
        assertInvalid(http.get("/v1/usage?to=yesterday"), "to");
        assertInvalid(http.get("/v1/usage?from=2025-03-02&to=2025-03-01"), "from");
        assertInvalid(http.get("/v1/usage?from=2024-01-01&to=2025-03-01"), "to");
        assertInvalid(http.get("/v1/usage?group_by=user"), "group_by");
        assertInvalid(http.get("/v1/usage?group_by=day,week"), "group_by");
        assertInvalid(http.get("/v1/usage?format=xml"), "format");
        assertInvalid(http.withHeader("Accept", "text/csv").get("/v1/usage?from=nope"), "from");
        assertInvalid(system.admin().get("/v1/admin/usage?user=not%20an%20id"), "user");
        // The longest period allowed is fine: 366 days.
        assertThat(http.get("/v1/usage?from=2024-03-01&to=2025-03-01").status()).isEqualTo(200);
    }

    @Test
    void exportsCsvWithAFilenameAndEscaping() {
        Http.Response csv = bob.http().get("/v1/usage?" + MARCH + "&format=csv");

        assertThat(csv.status()).isEqualTo(200);
        assertThat(csv.header("Content-Type")).startsWith("text/csv");
        assertThat(csv.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"artgen-usage-" + bob.id() + "-2025-03-01-to-2025-03-31.csv\"");
        assertThat(csv.text())
                .isEqualTo("day,model,jobs,images,input_tokens,output_tokens,cost_usd\r\n"
                        + "2025-03-01,dall-e-3,1,1,0,0,0.08\r\n"
                        + "2025-03-03,\"'=HYPERLINK(\"\"x\"\",1)\",1,1,0,0,0\r\n");

        Http.Response byAccept = alice.http().withHeader("Accept", "text/csv").get("/v1/usage?" + MARCH);
        assertThat(byAccept.header("Content-Type")).startsWith("text/csv");
        assertThat(byAccept.text()).contains("2025-03-02,gpt-image-1,1,1,20,200,0.167\r\n");

        Http.Response perUser = system.admin().get("/v1/admin/usage?" + MARCH + "&group_by=user,model&format=csv");
        assertThat(perUser.text())
                .startsWith("user,user_name,model,jobs,images,input_tokens,output_tokens,cost_usd\r\n")
                .contains(alice.id() + ",alice-");
    }

    @Test
    void aRealJobShowsUpInTodaysUsage() {
        ArtGenSystem.TestUser carol =
                system.newUser("carol-" + UUID.randomUUID().toString().substring(0, 8));
        JobClient jobs = new JobClient(carol.http());
        String id = jobs.submit(JobClient.job("a usage receipt", "n", 2, "size", "256x256"))
                .get("id")
                .asString();
        JsonNode done = jobs.awaitState(id, "succeeded");
        String today = LocalDate.now(ZoneOffset.UTC).toString();

        JsonNode report = ok(carol.http().get("/v1/usage?from=" + today + "&to=" + today));

        JsonNode usage = done.get("usage");
        assertSums(
                report.get("totals"),
                1,
                2,
                usage.get("input_tokens").asLong(),
                usage.get("output_tokens").asLong(),
                new BigDecimal(usage.get("cost_usd").asString())
                        .stripTrailingZeros()
                        .toPlainString());
        assertThat(report.get("rows").get(0).get("model").asString()).isEqualTo("artgen-local");
    }

    private static UsageRecord usage(
            ArtGenSystem.TestUser owner, String model, String at, int images, long in, long out, String cost) {
        return new UsageRecord(
                "job_" + UUID.randomUUID(),
                owner.id(),
                model,
                images,
                in,
                out,
                new BigDecimal(cost),
                Instant.parse(at));
    }

    private static JsonNode ok(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(200);
        return response.json();
    }

    private static JsonNode row(JsonNode report, String key, String value) {
        for (JsonNode row : report.get("rows")) {
            if (row.get(key).asString().equals(value)) {
                return row;
            }
        }
        throw new AssertionError("no row with " + key + " " + value + " in " + report);
    }

    private static void assertSums(JsonNode sums, long jobs, long images, long in, long out, String cost) {
        assertThat(sums.get("jobs").asLong()).as("jobs in %s", sums).isEqualTo(jobs);
        assertThat(sums.get("images").asLong()).as("images in %s", sums).isEqualTo(images);
        assertThat(sums.get("input_tokens").asLong())
                .as("input tokens in %s", sums)
                .isEqualTo(in);
        assertThat(sums.get("output_tokens").asLong())
                .as("output tokens in %s", sums)
                .isEqualTo(out);
        assertThat(sums.get("cost_usd").decimalValue()).as("cost in %s", sums).isEqualByComparingTo(cost);
    }

    private static void assertInvalid(Http.Response response, String field) {
        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo(field);
    }
}
