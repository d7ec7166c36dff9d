package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.OutputType;
import org.openqa.selenium.TakesScreenshot;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.chrome.ChromeDriver;
import org.openqa.selenium.chrome.ChromeDriverService;
import org.openqa.selenium.chrome.ChromeOptions;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Base of the browser tests: Debian's Chromium, headless, driving the page of a running ArtGen. */
abstract class ChromiumTest {

    private static final Path CHROMIUM = Path.of("/usr/bin/chromium");
    private static final Path CHROMEDRIVER = Path.of("/usr/bin/chromedriver");
    private static final Path SCREENSHOTS = Path.of("target/screenshots");

    ChromeDriver browser;

    /** The ArtGen the page is served by; the shared one unless a test needs its own. */
    ArtGenSystem system() {
        return SharedSystem.get();
    }

    @BeforeEach
    void openBrowser() throws IOException {
        boolean installed = Files.isExecutable(CHROMIUM) && Files.isExecutable(CHROMEDRIVER);
        // CI installs Chromium through the build (infra/scripts/ensure-chromium.sh); there, missing is a failure.
        if (System.getenv("CI") != null) {
            assertThat(installed)
                    .as("Chromium and ChromeDriver are installed in CI")
                    .isTrue();
        }
        assumeTrue(installed, "Debian chromium and chromium-driver are not installed");
        Files.createDirectories(SCREENSHOTS);
        var options = new ChromeOptions();
        options.setBinary(CHROMIUM.toFile());
        // The background-networking switches keep Chromium from dialling out on a machine with no internet.
        options.addArguments(
                "--headless=new",
                "--no-sandbox",
                "--disable-gpu",
                "--disable-dev-shm-usage",
                "--no-first-run",
                "--disable-background-networking",
                "--disable-component-update",
                "--disable-sync",
                "--window-size=1280,900");
        var service = new ChromeDriverService.Builder()
                .usingDriverExecutable(CHROMEDRIVER.toFile())
                .build();
        browser = new ChromeDriver(service, options);
        signIn(system().user().key());
    }

    /** Signs the browser in through the sign-in page, as a person would, leaving it on the gallery. */
    void signIn(String key) {
        browser.get(system().http().base().resolve("/signin.html").toString());
        browser.findElement(By.id("api-key")).sendKeys(key);
        browser.findElement(By.id("signin-button")).click();
        new WebDriverWait(browser, Duration.ofSeconds(15))
                .until(driver -> driver.getCurrentUrl().endsWith("/"));
    }

    @AfterEach
    void closeBrowser() {
        if (browser != null) {
            browser.quit();
        }
    }

    /** Files the page downloads land here (a fresh directory per test). */
    Path downloads() throws IOException {
        Path directory = Files.createTempDirectory("artgen-downloads");
        browser.executeCdpCommand(
                "Browser.setDownloadBehavior",
                java.util.Map.of("behavior", "allow", "downloadPath", directory.toString(), "eventsEnabled", true));
        return directory;
    }

    /** Emulates the system's colour-scheme preference, as a phone or desktop set to dark mode reports it. */
    void prefersColourScheme(String scheme) {
        browser.executeCdpCommand(
                "Emulation.setEmulatedMedia",
                java.util.Map.of(
                        "features",
                        java.util.List.of(java.util.Map.of("name", "prefers-color-scheme", "value", scheme))));
    }

    /** A phone-sized viewport (CSS pixels), touch-free but narrow enough for the phone layout. */
    void phoneSize() {
        browser.executeCdpCommand(
                "Emulation.setDeviceMetricsOverride",
                java.util.Map.of("width", 390, "height", 844, "deviceScaleFactor", 2, "mobile", true));
    }

    void screenshot(String name) throws IOException {
        File file = ((TakesScreenshot) browser).getScreenshotAs(OutputType.FILE);
        Files.copy(file.toPath(), SCREENSHOTS.resolve(name), StandardCopyOption.REPLACE_EXISTING);
    }

    static boolean isLoaded(WebDriver driver, WebElement img) {
        Object complete = ((JavascriptExecutor) driver)
                .executeScript("return arguments[0].complete && arguments[0].naturalWidth > 0", img);
        return Boolean.TRUE.equals(complete);
    }
}
