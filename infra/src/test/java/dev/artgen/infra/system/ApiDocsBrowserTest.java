package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The API docs render under the page's strict Content-Security-Policy, offline, with the bearer scheme. */
class ApiDocsBrowserTest extends ChromiumTest {

    @Test
    void swaggerUiRendersTheApiAndItsKeyScheme() throws IOException {
        browser.get(system().http().base().resolve("/docs").toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(
                d -> !d.findElements(By.cssSelector(".swagger-ui .info .title")).isEmpty());
        assertThat(browser.findElement(By.cssSelector(".swagger-ui .info .title"))
                        .getText())
                .contains("ArtGen API");
        wait.until(d ->
                !d.findElements(By.cssSelector(".swagger-ui button.authorize")).isEmpty());
        assertThat(browser.findElements(By.cssSelector(".opblock-tag")).size()).isGreaterThan(3);
        screenshot("api-docs.png");

        var spec = system().http().anonymous().get("/v3/api-docs").json();
        assertThat(spec.at("/components/securitySchemes/apiKey/scheme").asString())
                .isEqualTo("bearer");
    }
}
