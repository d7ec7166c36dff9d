package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.usage.UsageLedger;
import dev.artgen.common.usage.UsageRecord;
import java.io.IOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.LocalDate;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/** The usage page in a real browser shows the numbers the API gives, for a user and for an admin. */
class UsageBrowserTest extends ChromiumTest {

    private static final List<String> METRICS = List.of("jobs", "images", "input_tokens", "output_tokens", "cost_usd");

    private ArtGenSystem.TestUser dana;
    private WebDriverWait wait;

    /** A user with known usage on recent days, inside the page's default period (the last 30 days). */
    @BeforeEach
    void recentUsage() {
        dana = system().newUser("dana-" + UUID.randomUUID().toString().substring(0, 8));
        UsageLedger ledger = system().apiBean(UsageLedger.class);
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        ledger.record(usage("gpt-image-1", today.minusDays(1), 2, 1200, 8400, "0.3456"));
        ledger.record(usage("gpt-image-1", today.minusDays(3), 1, 600, 4200, "0.1728"));
        ledger.record(usage("dall-e-3", today.minusDays(3), 1, 0, 0, "0.08"));
        ledger.record(usage("artgen-local", today.minusDays(6), 4, 0, 0, "0"));
        wait = new WebDriverWait(browser, Duration.ofSeconds(20));
    }

    @Test
    void aUserSeesTheirOwnNumbersAndBudget() throws IOException {
        browser.manage().deleteAllCookies();
        signIn(dana.key());

        open("/usage.html");

        String from = browser.findElement(By.id("from")).getDomProperty("value");
        String to = browser.findElement(By.id("to")).getDomProperty("value");
        JsonNode api = dana.http().get("/v1/usage?from=" + from + "&to=" + to).json();
        assertThat(api.get("totals").get("jobs").asLong()).isEqualTo(4);
        assertTotals(api);
        assertTableMatches(api);
        assertThat(browser.findElement(By.id("budget")).isDisplayed()).isTrue();
        WebElement dayCost =
                browser.findElement(By.cssSelector(".budget[data-period=month] [data-measure=cost_usd] .remaining"));
        assertThat(new BigDecimal(dayCost.getDomAttribute("data-value")))
                .isEqualByComparingTo(budgetRemaining(api, "month", "cost_usd"));
        assertThat(browser.findElement(By.id("csv")).getDomAttribute("href"))
                .startsWith("/v1/usage?from=" + from + "&to=" + to)
                .contains("format=csv");
        assertThat((Boolean) browser.executeScript(
                        "return !!Chart.getChart('daily-chart') && !!Chart.getChart('models-chart')"))
                .as("both charts drawn")
                .isTrue();
        wholePage(1280);
        screenshot("page-usage.png");
        // A phone: loaded at its width, as a phone would.
        browser.manage().window().setSize(new Dimension(390, 900));
        browser.navigate().refresh();
        waitForNumbers();
        wholePage(390);
        screenshot("page-usage-narrow.png");
        browser.manage().window().setSize(new Dimension(1280, 900));

        // Sorting by cost puts the most expensive day and model first.
        browser.findElement(By.cssSelector("#breakdown-head button[data-key=cost_usd]"))
                .click();
        WebElement costHeader = browser.findElement(By.cssSelector("#breakdown-head th[aria-sort]"));
        assertThat(costHeader.getText()).contains("cost");
        assertThat(costHeader.getDomAttribute("aria-sort")).isEqualTo("descending");
        assertThat(firstRowValue("cost_usd")).isEqualByComparingTo("0.3456");

        browser.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                Map.of("features", List.of(Map.of("name", "prefers-color-scheme", "value", "dark"))));
        browser.navigate().refresh();
        waitForNumbers();
        wholePage(1280);
        screenshot("page-usage-dark.png");
    }

    @Test
    void anAdminSeesEveryoneAndCanFilterByUser() throws IOException {
        browser.manage().deleteAllCookies();
        signIn(system().admin().authorization().substring("Bearer ".length()));
        LocalDate today = LocalDate.now(ZoneOffset.UTC);
        String period = "from=" + today.minusDays(13) + "&to=" + today;

        open("/usage.html?" + period);

        assertThat(browser.findElement(By.id("user-field")).isDisplayed()).isTrue();
        assertTotals(system().admin().get("/v1/admin/usage?" + period).json());

        new Select(browser.findElement(By.id("grouping"))).selectByValue("user");
        wait.until(d -> d.findElements(By.cssSelector("#breakdown-head button[data-key=user]"))
                        .size()
                == 1);
        JsonNode perUser = system().admin()
                .get("/v1/admin/usage?" + period + "&group_by=user")
                .json();
        assertTableMatches(perUser);
        wholePage(1280);
        screenshot("page-usage-admin.png");

        new Select(browser.findElement(By.id("user"))).selectByValue(dana.id());
        wait.until(d -> d.getCurrentUrl().contains("user=" + dana.id()));
        wait.until(d -> "4".equals(d.findElement(By.id("total-jobs")).getDomAttribute("data-value")));
        assertTotals(system().admin()
                .get("/v1/admin/usage?" + period + "&user=" + dana.id())
                .json());
        assertThat(browser.findElement(By.id("budget")).isDisplayed()).isTrue();
        assertThat(browser.findElement(By.id("breakdown-rows")).getText()).startsWith("dana-");
    }

    private void open(String path) {
        browser.get(system().http().base().resolve(path).toString());
        waitForNumbers();
    }

    /** Makes the window as tall as the page at this width, so a screenshot shows all of it. */
    private void wholePage(int width) {
        browser.manage().window().setSize(new Dimension(width, 900));
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(width, (int) height + 140));
    }

    private void waitForNumbers() {
        wait.until(d -> d.findElement(By.id("total-jobs")).getDomAttribute("data-value") != null
                && !d.findElement(By.id("status")).getText().startsWith("Loading"));
    }

    private void assertTotals(JsonNode api) {
        for (String metric : METRICS) {
            WebElement shown = browser.findElement(By.id("total-" + metric));
            assertThat(new BigDecimal(shown.getDomAttribute("data-value")))
                    .as("total %s", metric)
                    .isEqualByComparingTo(api.get("totals").get(metric).asString());
            assertThat(shown.getText()).isNotBlank();
        }
    }

    /** The table has one row per API row with the same numbers, in whatever order it is sorted. */
    private void assertTableMatches(JsonNode api) {
        List<List<BigDecimal>> shown = browser.findElements(By.cssSelector("#breakdown-rows tr")).stream()
                .map(row -> METRICS.stream()
                        .map(metric -> new BigDecimal(row.findElement(By.cssSelector("[data-key=" + metric + "]"))
                                        .getDomAttribute("data-value"))
                                .stripTrailingZeros())
                        .toList())
                .toList();
        List<List<BigDecimal>> expected = new java.util.ArrayList<>();
        for (JsonNode row : api.get("rows")) {
            expected.add(METRICS.stream()
                    .map(metric -> new BigDecimal(row.get(metric).asString()).stripTrailingZeros())
                    .toList());
        }
        assertThat(shown).containsExactlyInAnyOrderElementsOf(expected);
    }

    private BigDecimal firstRowValue(String metric) {
        return new BigDecimal(browser.findElement(By.cssSelector("#breakdown-rows tr [data-key=" + metric + "]"))
                .getDomAttribute("data-value"));
    }

    private static BigDecimal budgetRemaining(JsonNode report, String period, String measure) {
        for (JsonNode budget : report.get("budget").get("budgets")) {
            if (budget.get("period").asString().equals(period)) {
                return new BigDecimal(budget.get(measure).get("remaining").asString());
            }
        }
        throw new AssertionError("no " + period + " budget in " + report);
    }

    private UsageRecord usage(String model, LocalDate day, int images, long in, long out, String cost) {
        return new UsageRecord(
                "job_" + UUID.randomUUID(),
                dana.id(),
                model,
                images,
                in,
                out,
                new BigDecimal(cost),
                day.atTime(12, 0).toInstant(ZoneOffset.UTC));
    }
}
