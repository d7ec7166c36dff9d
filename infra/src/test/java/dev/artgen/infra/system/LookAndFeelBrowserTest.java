package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page on a wide screen and a phone, light and dark, by keyboard: its own ArtGen with a small,
 * varied gallery, so the screenshots (some of which are in docs/screenshots) show what a user sees.
 */
class LookAndFeelBrowserTest extends ChromiumTest {

    private static ArtGenSystem system;

    @Override
    synchronized ArtGenSystem system() {
        if (system == null) {
            try {
                system = ArtGenSystem.start(Map.of());
                JobClient jobs = new JobClient(system.http());
                List<String> ids = new ArrayList<>();
                for (Map<String, Object> body : List.of(
                        job("mountains at sunrise, oil painting", "size", "1536x1024", "quality", "low"),
                        job("a red flower sticker", "size", "512x512", "background", "transparent"),
                        job("ocean waves under the stars", "size", "512x512", "n", 2),
                        job("8-bit forest with a cabin", "size", "512x512"),
                        job("neon city at night", "size", "1024x1536", "quality", "low"),
                        job("a lighthouse at dusk, watercolor", "size", "512x512"))) {
                    ids.add(jobs.submit(body).get("id").asString());
                }
                ids.forEach(id -> jobs.awaitState(id, "succeeded"));
            } catch (Exception e) {
                throw new IllegalStateException(e);
            }
        }
        return system;
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    private WebDriverWait openPage() {
        browser.get(system().http().base().toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> d.findElements(By.cssSelector("article.job img")).size() == 7
                && d.findElements(By.cssSelector("article.job img")).stream().allMatch(img -> isLoaded(d, img)));
        return wait;
    }

    @Test
    void wideLightPageIsReadableAndEveryPictureHasItsPromptAsAltText() throws IOException {
        openPage();

        assertThat(luminance(backgroundOf("body"))).as("light background").isGreaterThan(0.8);
        assertThat(browser.findElements(By.cssSelector("article.job img")))
                .allSatisfy(img -> assertThat(img.getDomAttribute("alt")).isNotBlank());
        assertThat(browser.findElements(By.cssSelector("label")))
                .allSatisfy(label -> assertThat(label.getDomAttribute("for")).isNotBlank());
        screenshot("wide-light.png");
    }

    @Test
    void theDetailViewWorksByKeyboardAndGivesFocusBack() throws IOException {
        openPage();
        WebElement first = browser.findElement(By.cssSelector("article.job .pictures a"));
        browser.executeScript("arguments[0].focus()", first);

        first.sendKeys(Keys.ENTER);

        var wait = new WebDriverWait(browser, Duration.ofSeconds(10));
        wait.until(d -> d.findElement(By.id("detail")).isDisplayed());
        assertThat(browser.switchTo().activeElement().getDomAttribute("id")).isEqualTo("detail-close");
        screenshot("detail-light.png");
        browser.switchTo().activeElement().sendKeys(Keys.ESCAPE);
        wait.until(d -> !d.findElement(By.id("detail")).isDisplayed());
        assertThat(browser.switchTo().activeElement())
                .as("focus is back on the picture")
                .isEqualTo(first);
    }

    @Test
    void darkWhenTheSystemIsDarkAndTheToggleOverridesIt() throws IOException {
        prefersColourScheme("dark");
        openPage();
        assertThat(luminance(backgroundOf("body"))).as("dark background").isLessThan(0.1);
        screenshot("wide-dark.png");
        browser.findElement(By.cssSelector("article.job .pictures a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("detail")).isDisplayed());
        screenshot("detail-dark.png");
        browser.findElement(By.id("detail-close")).click();

        browser.findElement(By.id("theme")).click(); // auto → light
        assertThat(browser.findElement(By.id("theme-name")).getText()).isEqualTo("Light");
        assertThat(luminance(backgroundOf("body"))).isGreaterThan(0.8);
        openPage();
        assertThat(luminance(backgroundOf("body")))
                .as("the choice is remembered")
                .isGreaterThan(0.8);
        browser.findElement(By.id("theme")).click(); // light → dark
        browser.findElement(By.id("theme")).click(); // dark → auto
        assertThat(browser.findElement(By.id("theme-name")).getText()).isEqualTo("Auto");
    }

    @Test
    void onAPhoneTheGalleryHasTwoColumnsAndNothingScrollsSideways() throws IOException {
        phoneSize();
        openPage();

        Object overflow = browser.executeScript(
                "return document.documentElement.scrollWidth - document.documentElement.clientWidth");
        assertThat(((Number) overflow).intValue())
                .as("horizontal overflow in px")
                .isLessThanOrEqualTo(0);
        List<WebElement> cards = browser.findElements(By.cssSelector("article.job"));
        assertThat(cards.get(0).getRect().getY())
                .as("two cards side by side")
                .isEqualTo(cards.get(1).getRect().getY());
        assertThat(cards.get(2).getRect().getY())
                .isGreaterThan(cards.get(0).getRect().getY());
        screenshot("phone.png");
        browser.executeScript("window.scrollTo(0, document.getElementById('jobs').offsetTop - 8)");
        screenshot("phone-gallery.png");

        cards.get(0).findElement(By.tagName("a")).click();
        new WebDriverWait(browser, Duration.ofSeconds(10))
                .until(d -> d.findElement(By.id("detail")).isDisplayed());
        WebElement close = browser.findElement(By.id("detail-close"));
        assertThat(close.getRect().getX() + close.getRect().getWidth()).isLessThanOrEqualTo(390);
        screenshot("phone-detail.png");
    }

    private String backgroundOf(String selector) {
        return (String) browser.executeScript(
                "return getComputedStyle(document.querySelector(arguments[0])).backgroundColor", selector);
    }

    /** Relative luminance (0 black … 1 white) of a CSS rgb() colour. */
    private static double luminance(String rgb) {
        String[] parts = rgb.replaceAll("[^0-9,.]", "").split(",");
        double r = Double.parseDouble(parts[0]) / 255;
        double g = Double.parseDouble(parts[1]) / 255;
        double b = Double.parseDouble(parts[2]) / 255;
        return 0.2126 * r + 0.7152 * g + 0.0722 * b;
    }
}
