package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The page in a real headless Chromium: type a prompt, press Enter, the picture appears live. */
class GalleryBrowserTest extends ChromiumTest {

    private final ArtGenSystem system = system();

    @Test
    void promptTypedIntoThePageBecomesAPictureLive() throws IOException {
        browser.get(system.http().base().toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> "open".equals(d.findElement(By.id("connection")).getDomAttribute("data-state")));

        WebElement prompt = browser.findElement(By.id("prompt"));
        prompt.sendKeys("a sunset over the mountains, watercolor");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("size"))).selectByValue("512x512");
        prompt.sendKeys(Keys.ENTER);

        WebElement picture =
                wait.until(d -> d.findElements(By.cssSelector("article.job[data-state=succeeded] img")).stream()
                        .filter(img -> "a sunset over the mountains, watercolor".equals(img.getDomAttribute("alt")))
                        .filter(img -> isLoaded(d, img))
                        .findFirst()
                        .orElse(null));
        // The grid shows the server's thumbnail (384 px long side) laid out at the picture's own size.
        assertThat(picture.getDomProperty("naturalWidth")).isEqualTo("384");
        assertThat(picture.getDomAttribute("width")).isEqualTo("512");
        assertThat(picture.getDomAttribute("src")).endsWith("/thumbnail");
        screenshot("generate.png");
    }

    @Test
    void invalidInputShowsTheReasonNextToTheField() throws IOException {
        browser.get(system.http().base().toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !d.findElements(By.cssSelector("#model option")).isEmpty());

        browser.findElement(By.id("prompt")).sendKeys("   ");
        browser.findElement(By.id("submit")).click();

        WebElement error = wait.until(d -> {
            WebElement e = d.findElement(By.id("prompt-error"));
            return e.getText().isBlank() ? null : e;
        });
        assertThat(error.getText()).contains("prompt").contains("blank");
        screenshot("invalid-prompt.png");
    }
}
