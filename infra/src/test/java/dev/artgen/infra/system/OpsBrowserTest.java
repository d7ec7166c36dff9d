package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import dev.artgen.common.messaging.Topics;
import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/** The operations page: an admin sees the workers and dead letters, inspects one and requeues it once. */
class OpsBrowserTest extends ChromiumTest {

    private WebDriverWait wait;

    @BeforeEach
    void patience() {
        // The page redraws as data arrives, so an element found a moment ago may be gone.
        wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
    }

    @Test
    void anAdminSeesTheWorkersAndInspectsAndRequeuesADeadLetter() throws Exception {
        String firstKey = "poison-" + UUID.randomUUID();
        String first = deadLetter(firstKey);
        Http otherAdmin = newAdmin();
        String adminKey = newAdminKey();
        browser.manage().deleteAllCookies();
        signIn(adminKey);
        open("/ops.html");

        JsonNode ops = system().admin().get("/v1/admin/ops").json();
        String workerId = ops.get("workers").get(0).get("id").asString();
        wait.until(d -> d.findElements(By.cssSelector("#worker-rows tr[data-id='" + workerId + "']"))
                        .size()
                == 1);
        assertThat(text("workers-alive"))
                .isEqualTo(String.valueOf(
                        browser.findElements(By.cssSelector("#worker-rows tr")).size()));
        assertThat(row("#worker-rows", workerId).getText()).contains("/ 256", "s ago");
        assertThat(browser.findElements(By.cssSelector("#lag-cards > div")))
                .extracting(card -> card.getDomAttribute("data-group"))
                .containsExactly("artgen-workers", "artgen-webhooks");
        wait.until(d -> !text("dead-count").equals("—")
                && Long.parseLong(text("dead-count").replace(",", "")) >= 1);
        wait.until(d -> row("#letter-rows", first) != null);
        assertThat(row("#letter-rows", first).getText()).contains(firstKey, "dead");
        wholePage();
        screenshot("ops.png");

        row("#letter-rows", first).findElement(By.cssSelector("button.inspect")).click();
        WebElement letter = wait.until(d -> {
            WebElement e = d.findElement(By.id("letter"));
            return e.isDisplayed() && text("letter-id").equals(first) ? e : null;
        });
        assertThat(text("letter-message")).isEqualTo("this is not a job message");
        assertThat(text("letter-error")).contains("unreadable message");
        assertThat(text("letter-from")).startsWith(Topics.JOBS + ", partition ");
        assertThat(text("letter-requeued")).isEqualTo("not yet");
        wholePage();
        screenshot("ops-inspect.png");

        letter.findElement(By.id("letter-requeue")).click();
        wait.until(d -> text("letter-result").startsWith("Requeued " + first));
        assertThat(browser.findElement(By.id("letter-requeue")).isDisplayed()).isFalse();
        assertThat(text("letter-requeued")).isNotEqualTo("not yet");
        assertThat(system().admin()
                        .get("/v1/admin/dead-letters/" + first)
                        .json()
                        .get("requeued_at")
                        .isNull())
                .isFalse();
        wait.until(d -> row("#letter-rows", first).getText().contains("requeued"));
        assertThat(row("#letter-rows", first).findElements(By.cssSelector("button.requeue")))
                .isEmpty();
        // An unreadable message comes straight back: the next refresh shows it dead-lettered again.
        wait.until(d -> d.findElements(By.cssSelector("#letter-rows tr")).stream()
                .anyMatch(tr -> !first.equals(tr.getDomAttribute("data-id"))
                        && tr.getText().contains(firstKey)));

        // Another admin requeues a letter this page has open: the page's own requeue is refused (409).
        String second = deadLetter("poison-" + UUID.randomUUID());
        wait.until(d -> row("#letter-rows", second) != null);
        row("#letter-rows", second)
                .findElement(By.cssSelector("button.inspect"))
                .click();
        wait.until(d -> text("letter-id").equals(second));
        assertThat(otherAdmin
                        .post("/v1/admin/dead-letters/" + second + "/requeue", "application/json", "")
                        .status())
                .isEqualTo(202);
        browser.findElement(By.id("letter-requeue")).click();
        WebElement refused = wait.until(d -> {
            WebElement e = d.findElement(By.id("letter-result"));
            return e.getText().startsWith("Not requeued") ? e : null;
        });
        assertThat(refused.getText()).contains("already requeued");
        assertThat(refused.getDomAttribute("class")).isEqualTo("error");
        assertThat(text("letter-requeued")).isNotEqualTo("not yet");
        screenshot("ops-conflict.png");

        // Hidden tabs do not poll; coming back refreshes at once.
        browser.executeScript("Object.defineProperty(document, 'hidden', {value: true, configurable: true});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        wait.until(d -> d.findElement(By.id("paused")).isDisplayed());
        browser.executeScript("Object.defineProperty(document, 'hidden', {value: false, configurable: true});"
                + "document.dispatchEvent(new Event('visibilitychange'));");
        wait.until(d -> !d.findElement(By.id("paused")).isDisplayed());

        prefersColourScheme("dark");
        wholePage();
        screenshot("ops-dark.png");
    }

    @Test
    void aUserWhoIsNotAnAdminIsToldTheViewIsForAdminsOnly() throws IOException {
        open("/ops.html");

        WebElement notice = wait.until(d -> {
            WebElement e = d.findElement(By.id("denied"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(notice.getText()).contains("Admins only");
        assertThat(browser.findElement(By.id("view")).isDisplayed()).isFalse();
        assertThat(system().http().get("/v1/admin/ops").status()).isEqualTo(403);
        screenshot("ops-denied.png");
    }

    /** Sends an unreadable job message, as a broken producer would, and waits for its dead letter's id. */
    private String deadLetter(String key) throws Exception {
        new Kafka(system().kafkaBootstrapServers()).send(Topics.JOBS, key, "this is not a job message");
        return await().atMost(Duration.ofSeconds(30))
                .until(() -> letterIds(key), ids -> !ids.isEmpty())
                .getFirst();
    }

    private List<String> letterIds(String key) {
        List<String> ids = new ArrayList<>();
        for (JsonNode letter :
                system().admin().get("/v1/admin/dead-letters?limit=100").json()) {
            if (letter.path("job_id").isString()
                    && key.equals(letter.get("job_id").asString())) {
                ids.add(letter.get("id").asString());
            }
        }
        return ids;
    }

    private String newAdminKey() {
        Http.Response created = system().admin()
                .postJson(
                        "/v1/admin/users",
                        "{\"name\":\"ops-" + UUID.randomUUID().toString().substring(0, 8) + "\",\"role\":\"admin\"}");
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("api_key").get("secret").asString();
    }

    private Http newAdmin() {
        return system().http().anonymous().withKey(newAdminKey());
    }

    private void open(String path) {
        browser.get(system().http().base().resolve(path).toString());
        wait.until(d -> !d.findElement(By.id("who")).getText().isBlank());
    }

    private String text(String id) {
        return browser.findElement(By.id(id)).getText();
    }

    private WebElement row(String table, String id) {
        return browser.findElements(By.cssSelector(table + " tr[data-id='" + id + "']")).stream()
                .findFirst()
                .orElse(null);
    }

    /** Makes the window as tall as the page, so a screenshot shows all of it. */
    private void wholePage() {
        browser.manage().window().setSize(new Dimension(1280, 900));
        long height = (Long) browser.executeScript("return document.documentElement.scrollHeight");
        browser.manage().window().setSize(new Dimension(1280, (int) Math.max(900, height + 140)));
    }
}
