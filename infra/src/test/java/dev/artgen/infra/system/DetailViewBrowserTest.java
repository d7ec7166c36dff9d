package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/** A picture opens its detail view: parameters and usage, re-run with a new seed, delete. */
class DetailViewBrowserTest extends ChromiumTest {

    @Test
    void detailViewShowsTheJobAndReRunsAndDeletesIt() throws IOException {
        JobClient jobs = new JobClient(system().http());
        String prompt = "a quiet harbour, detail view";
        JsonNode done = jobs.awaitState(
                jobs.submit(job(prompt, "size", "512x512", "seed", 42))
                        .get("id")
                        .asString(),
                "succeeded");
        String id = done.get("id").asString();
        browser.get(system().http().base().toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));

        WebElement picture =
                wait.until(d -> d.findElements(By.cssSelector("article.job[data-job-id='" + id + "'] img")).stream()
                        .findFirst()
                        .orElse(null));
        picture.click();

        WebElement dialog = wait.until(d -> {
            WebElement e = d.findElement(By.id("detail"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(dialog.findElement(By.id("detail-prompt")).getText()).isEqualTo(prompt);
        assertThat(dialog.findElement(By.id("detail-params")).getText()).contains("artgen-local", "512×512", "42");
        assertThat(dialog.findElement(By.id("detail-download")).getDomAttribute("href"))
                .endsWith("/download");
        screenshot("detail.png");

        dialog.findElement(By.id("detail-rerun")).click();
        wait.until(d -> d.findElements(By.cssSelector("article.job .prompt")).stream()
                        .filter(p -> p.getText().equals(prompt))
                        .count()
                == 2);

        browser.findElement(By.cssSelector("article.job[data-job-id='" + id + "'] img"))
                .click();
        wait.until(d -> d.findElement(By.id("detail")).isDisplayed());
        browser.findElement(By.id("detail-delete")).click();

        wait.until(d -> d.findElements(By.cssSelector("article.job[data-job-id='" + id + "']"))
                .isEmpty());
        assertThat(system().http().get("/v1/jobs/" + id).status()).isEqualTo(404);
    }
}
