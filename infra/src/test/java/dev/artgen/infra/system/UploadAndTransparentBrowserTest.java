package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * Starting from a picture in the page (uploaded through /v1/uploads), then downloading the result with a
 * transparent background: the file the browser saves is a PNG whose plain background is gone.
 */
class UploadAndTransparentBrowserTest extends ChromiumTest {

    @Test
    void attachAPictureMakeVariationsAndDownloadThemTransparent() throws IOException {
        Path input = Files.createTempFile("product", ".png");
        Files.write(input, TestImages.discOn(400, 400, Color.WHITE, new Color(20, 120, 60)));
        Path downloads = downloads();
        browser.get(system().http().base().toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(60));
        wait.until(d -> "open".equals(d.findElement(By.id("connection")).getDomAttribute("data-state")));
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("size"))).selectByValue("512x512");
        new org.openqa.selenium.support.ui.Select(browser.findElement(By.id("background"))).selectByValue("opaque");

        browser.findElement(By.id("attach")).sendKeys(input.toString());

        wait.until(d -> d.findElement(By.id("attached-name")).getText().contains("400×400"));
        assertThat(browser.findElement(By.id("attached-image")).getDomAttribute("src"))
                .startsWith("/v1/uploads/upl_");
        assertThat(browser.findElement(By.id("prompt")).isEnabled())
                .as("the local model's variations take no prompt")
                .isFalse();
        screenshot("attach.png");
        var before = GalleryScrollBrowserTest.allIds(browser);
        browser.findElement(By.id("submit")).click();

        WebElement card = wait.until(d -> d.findElements(By.cssSelector("article.job[data-state=succeeded]")).stream()
                .filter(c -> !before.contains(c.getDomAttribute("data-job-id")))
                .findFirst()
                .orElse(null));
        assertThat(card.getText()).contains("Variation of a picture");
        assertThat(browser.findElement(By.id("attached")).isDisplayed())
                .as("the attachment is used up")
                .isFalse();
        card.findElement(By.tagName("img")).click();
        WebElement transparent = wait.until(d -> {
            WebElement button = d.findElement(By.id("detail-transparent"));
            return button.isDisplayed() ? button : null;
        });
        transparent.click();
        screenshot("detail-transparent.png");

        Path saved = wait.until(d -> {
            try (Stream<Path> files = Files.list(downloads)) {
                return files.filter(f -> f.toString().endsWith("-transparent.png"))
                        .findFirst()
                        .orElse(null);
            } catch (IOException e) {
                return null;
            }
        });
        byte[] bytes = Files.readAllBytes(saved);
        assertThat(TestImages.isPng(bytes)).isTrue();
        BufferedImage picture = TestImages.decode(bytes);
        assertThat(picture.getColorModel().hasAlpha()).isTrue();
        assertThat(picture.getRGB(2, 2) >>> 24)
                .as("the white background is gone")
                .isZero();
        assertThat(picture.getRGB(256, 256) >>> 24).as("the disc stays").isEqualTo(255);
        assertThat(browser.findElement(By.id("detail-error")).getText()).isEmpty();
    }

    @Test
    void aFileThatIsNotAPictureIsRefusedNextToTheField() throws IOException {
        Path notAPicture = Files.createTempFile("notes", ".png");
        Files.writeString(notAPicture, "these are notes, not a picture");
        browser.get(system().http().base().toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElement(By.id("images-field")).isDisplayed());

        browser.findElement(By.id("attach")).sendKeys(notAPicture.toString());

        WebElement error = wait.until(d -> {
            WebElement e = d.findElement(By.id("images-error"));
            return e.getText().isBlank() ? null : e;
        });
        assertThat(error.getText()).containsIgnoringCase("png");
        assertThat(browser.findElement(By.id("attached")).isDisplayed()).isFalse();
        screenshot("upload-refused.png");
    }
}
