package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/** "More like this" in the detail view: one click, and variations of the picture appear live in the gallery. */
class MoreLikeThisBrowserTest extends ChromiumTest {

    @Test
    void moreLikeThisMakesVariationsOfThePictureInOneClick() throws IOException {
        JobClient jobs = new JobClient(system().http());
        String prompt = "a red flower in a meadow, more like this";
        JsonNode source = jobs.awaitState(
                jobs.submit(job(prompt, "size", "512x512", "quality", "low"))
                        .get("id")
                        .asString(),
                "succeeded");
        String sourceId = source.get("id").asString();
        String imageId = source.get("images").get(0).get("id").asString();
        browser.get(system().http().base().toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));

        wait.until(d -> d.findElements(By.cssSelector("article.job[data-job-id='" + sourceId + "'] img")).stream()
                        .findFirst()
                        .orElse(null))
                .click();
        WebElement more = wait.until(d -> {
            WebElement button = d.findElement(By.id("detail-more"));
            return button.isDisplayed() ? button : null;
        });
        assertThat(more.getDomAttribute("title")).contains("2 new pictures", "variation");
        more.click();

        wait.until(d -> !d.findElement(By.id("detail")).isDisplayed());
        WebElement card = wait.until(d -> d.findElements(By.cssSelector("article.job")).stream()
                .filter(c -> !sourceId.equals(c.getDomAttribute("data-job-id")))
                .filter(c -> c.getText().contains("Variation of: " + prompt))
                .filter(c -> "succeeded".equals(c.getDomAttribute("data-state")))
                .filter(c -> c.findElements(By.tagName("img")).size() == 2)
                .filter(c -> c.findElements(By.tagName("img")).stream().allMatch(img -> isLoaded(browser, img)))
                .findFirst()
                .orElse(null));
        assertThat(card.findElement(By.tagName("img")).getDomAttribute("alt")).isEqualTo("Variation of: " + prompt);

        JsonNode variation = jobs.get(card.getDomAttribute("data-job-id"));
        assertThat(variation.get("request").get("operation").asString()).isEqualTo("variation");
        assertThat(variation.get("request").get("images").get(0).get("id").asString())
                .isEqualTo(imageId);
        assertThat(variation.get("request").get("size").asString()).isEqualTo("512x512");
        List<String> ids = List.of(
                variation.get("images").get(0).get("id").asString(),
                variation.get("images").get(1).get("id").asString());
        assertThat(ids).doesNotContain(imageId);
        screenshot("more-like-this.png");
    }
}
