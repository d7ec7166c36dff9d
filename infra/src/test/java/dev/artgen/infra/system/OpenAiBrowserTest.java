package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.infra.openai.EmulatorSettings;
import dev.artgen.infra.openai.OpenAiEmulator;
import java.io.IOException;
import java.time.Duration;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.Select;
import org.openqa.selenium.support.ui.WebDriverWait;

/**
 * The page with an OpenAI key configured (against the emulator): the OpenAI models are offered,
 * the form offers only the chosen model's values, and the finished job shows its tokens and cost.
 */
class OpenAiBrowserTest extends ChromiumTest {

    private static final String KEY = "sk-artgen-browser-000000";
    private static OpenAiEmulator emulator;
    private static ArtGenSystem system;

    @Override
    ArtGenSystem system() {
        synchronized (OpenAiBrowserTest.class) {
            if (system == null) {
                try {
                    emulator =
                            OpenAiEmulator.start(0, EmulatorSettings.defaults().withApiKey(KEY));
                    system = ArtGenSystem.withOpenAi(emulator, KEY, Map.of());
                    system.startWorker(Map.of());
                } catch (Exception e) {
                    throw new IllegalStateException(e);
                }
            }
            return system;
        }
    }

    @AfterAll
    static void stop() throws Exception {
        if (system != null) {
            system.close();
        }
    }

    @Test
    void anOpenAiModelPickedInThePageShowsItsTokensAndCost() throws IOException {
        browser.get(system().http().base().toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> "open".equals(d.findElement(By.id("connection")).getDomAttribute("data-state")));

        new Select(browser.findElement(By.id("model"))).selectByValue("gpt-image-2.5-flare");
        assertThat(new Select(browser.findElement(By.id("quality"))).getOptions())
                .extracting(WebElement::getText)
                .contains("auto", "low", "high")
                .doesNotContain("standard");
        new Select(browser.findElement(By.id("quality"))).selectByValue("low");
        WebElement prompt = browser.findElement(By.id("prompt"));
        prompt.sendKeys("a paper boat on a pond");
        prompt.sendKeys(Keys.ENTER);

        WebElement usage =
                wait.until(d -> d.findElements(By.cssSelector("article.job[data-state=succeeded] .usage")).stream()
                        .findFirst()
                        .orElse(null));
        assertThat(usage.getText()).matches("[\\d,.]+ tokens · \\$0\\.\\d{4}");
        screenshot("openai-model.png");
    }
}
