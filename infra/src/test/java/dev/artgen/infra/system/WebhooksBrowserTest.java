package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The webhooks page: an internal URL is refused by its field; an endpoint is added and its delivery log shown. */
class WebhooksBrowserTest extends ChromiumTest {

    @Test
    void addAnEndpointAndReadItsDeliveryLog() throws IOException {
        ArtGenSystem.TestUser user =
                system().newUser("hooks-" + UUID.randomUUID().toString().substring(0, 8));
        browser.manage().deleteAllCookies();
        signIn(user.key());
        browser.get(system().http().base().resolve("/webhooks.html").toString());
        // The tables are redrawn as their data arrives, so an element found a moment ago may be gone.
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        wait.until(d -> !d.findElement(By.id("who")).getText().isBlank());

        WebElement url = browser.findElement(By.id("url"));
        url.sendKeys("http://169.254.169.254/latest/meta-data");
        browser.findElement(By.cssSelector("#create button[type=submit]")).click();
        WebElement error = wait.until(d -> {
            WebElement e = d.findElement(By.id("url-error"));
            return e.getText().isBlank() ? null : e;
        });
        assertThat(error.getText()).startsWith("url");
        assertThat(user.http().get("/v1/webhooks").json().get("data").size()).isZero();

        url.clear();
        // Not resolvable here, so every attempt fails: the log then shows attempts and the next retry.
        url.sendKeys("https://receiver.invalid/artgen");
        browser.findElement(By.cssSelector("#create button[type=submit]")).click();
        String secret = wait.until(d -> {
            String text = d.findElement(By.id("issued-secret")).getText();
            return text.startsWith("whsec_") ? text : null;
        });
        assertThat(secret).startsWith("whsec_");
        wait.until(d -> d.findElements(By.cssSelector("#endpoint-rows tr")).size() == 1);

        String jobId = new JobClient(user.http())
                .submit(job("a hook for this one", "size", "256x256"))
                .get("id")
                .asString();
        new JobClient(user.http()).awaitState(jobId, "succeeded");
        wait.until(d -> {
            d.findElement(By.cssSelector("#endpoint-rows tr button.rotate")).click();
            return d.findElements(By.cssSelector("#delivery-rows tr")).stream()
                    .anyMatch(tr -> tr.getText().contains(jobId) && tr.getText().contains("#1"));
        });
        String row = wait.until(d -> d.findElements(By.cssSelector("#delivery-rows tr")).stream()
                .map(WebElement::getText)
                .filter(text -> text.contains(jobId))
                .findFirst()
                .orElse(null));
        assertThat(row).contains("job.succeeded", "pending");
        screenshot("webhooks.png");

        // The job's own detail view lists the same delivery.
        browser.get(system().http().base().toString());
        wait.until(d -> d.findElements(By.cssSelector("article.job[data-job-id='" + jobId + "'] img")).stream()
                        .findFirst()
                        .orElse(null))
                .click();
        WebElement deliveries = wait.until(d -> {
            WebElement e = d.findElement(By.id("detail-webhooks"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(deliveries.getText()).contains("job.succeeded", "https://receiver.invalid/artgen", "pending");
        screenshot("detail-webhooks.png");
    }
}
