package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Dimension;
import org.openqa.selenium.StaleElementReferenceException;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;
import tools.jackson.databind.JsonNode;

/** The users page: an admin creates a user, sets and resets their limits, disables and enables them; others are turned away. */
class UsersBrowserTest extends ChromiumTest {

    private WebDriverWait waiting() {
        // The table is redrawn after every change, so a row found a moment ago may be gone.
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.ignoring(StaleElementReferenceException.class);
        return wait;
    }

    @Test
    void anAdminCreatesAUserSetsTheirLimitsAndDisablesThem() throws IOException {
        String suffix = UUID.randomUUID().toString().substring(0, 8);
        Http.Response admin =
                system().admin().postJson("/v1/admin/users", "{\"name\":\"boss-" + suffix + "\",\"role\":\"admin\"}");
        assertThat(admin.status()).isEqualTo(201);
        String adminId = admin.json().get("user").get("id").asString();
        browser.manage().deleteAllCookies();
        signIn(admin.json().get("api_key").get("secret").asString());
        var wait = waiting();

        // Admins find the page from the gallery's account bar.
        wait.until(d -> d.findElements(By.cssSelector("nav.account a[href='/users.html']")).stream()
                        .findFirst()
                        .orElse(null))
                .click();
        wait.until(d -> d.findElements(By.cssSelector("#user-rows tr[data-id='" + adminId + "']"))
                        .size()
                == 1);
        assertThat(browser.findElement(By.id("forbidden")).isDisplayed()).isFalse();
        assertThat(browser.findElement(By.cssSelector("#user-rows tr[data-id='" + adminId + "']"))
                        .findElements(By.cssSelector("button.disable")))
                .as("an admin is not offered disabling themselves")
                .isEmpty();

        String name = "ana-" + suffix;
        browser.findElement(By.id("user-name")).sendKeys(name);
        browser.findElement(By.cssSelector("#create button[type=submit]")).click();
        String key = wait.until(d -> {
            String text = d.findElement(By.id("issued-secret")).getText();
            return text.startsWith("agk_") ? text : null;
        });
        Http asAna = system().http().anonymous().withKey(key);
        Http.Response me = asAna.get("/v1/me");
        assertThat(me.status()).isEqualTo(200);
        assertThat(me.json().get("name").asString()).isEqualTo(name);
        assertThat(me.json().get("role").asString()).isEqualTo("user");
        String anaId = me.json().get("id").asString();
        String limitsPath = "/v1/admin/users/" + anaId + "/limits";
        int defaultInFlight = jobsInFlight(limitsPath);

        row(anaId).findElement(By.cssSelector("button.limits")).click();
        WebElement inFlight = wait.until(d -> {
            WebElement input = d.findElement(By.id("jobs-in-flight"));
            return input.isDisplayed() && !input.getDomProperty("value").isEmpty() ? input : null;
        });
        assertThat(inFlight.getDomProperty("value")).isEqualTo(String.valueOf(defaultInFlight));
        assertThat(browser.findElement(By.id("limits-title")).getText()).contains(name);

        // A value the API refuses: its message appears next to the field, nothing is stored.
        inFlight.clear();
        inFlight.sendKeys("-1");
        browser.findElement(By.id("limits-save")).click();
        String error = wait.until(d -> {
            String text = d.findElement(By.cssSelector("[data-error-for='jobs_in_flight']"))
                    .getText();
            return text.isBlank() ? null : text;
        });
        assertThat(error).contains("must be 0 or more");
        assertThat(inFlight.getDomAttribute("aria-invalid")).isEqualTo("true");
        assertThat(jobsInFlight(limitsPath)).isEqualTo(defaultInFlight);
        screenshot("users-limit-error.png");

        inFlight.clear();
        inFlight.sendKeys("3");
        browser.findElement(By.id("limits-save")).click();
        wait.until(d -> d.findElement(By.id("limits-status")).getText().equals("Saved."));
        assertThat(jobsInFlight(limitsPath)).isEqualTo(3);
        assertThat(browser.findElement(By.cssSelector("[data-error-for='jobs_in_flight']"))
                        .getText())
                .isEmpty();
        // Tall enough for the whole page, from the new key at the top to the limits at the bottom.
        browser.manage().window().setSize(new Dimension(1280, 1300));
        browser.executeScript("window.scrollTo(0, 0)");
        screenshot("users.png");
        browser.manage().window().setSize(new Dimension(1280, 900));

        browser.findElement(By.id("limits-reset")).click();
        wait.until(d -> d.findElement(By.id("limits-status")).getText().startsWith("Back on the defaults"));
        assertThat(jobsInFlight(limitsPath)).isEqualTo(defaultInFlight);
        assertThat(inFlight.getDomProperty("value")).isEqualTo(String.valueOf(defaultInFlight));

        row(anaId).findElement(By.cssSelector("button.disable")).click();
        browser.switchTo().alert().accept();
        wait.until(d -> row(anaId).getDomAttribute("class").contains("disabled"));
        assertThat(row(anaId).findElement(By.cssSelector(".state")).getText()).isEqualTo("disabled");
        assertThat(asAna.get("/v1/me").status()).isEqualTo(401);
        screenshot("users-disabled.png");

        row(anaId).findElement(By.cssSelector("button.enable")).click();
        wait.until(d -> row(anaId).getDomAttribute("class").contains("active"));
        assertThat(asAna.get("/v1/me").status()).isEqualTo(200);

        phoneSize();
        browser.executeScript("window.scrollTo(0, 0)");
        screenshot("users-phone.png");
    }

    @Test
    void someoneWhoIsNotAnAdminIsToldThePageIsForAdminsOnly() throws IOException {
        browser.get(system().http().base().resolve("/users.html").toString());
        WebElement forbidden = waiting().until(d -> {
            WebElement e = d.findElement(By.id("forbidden"));
            return e.isDisplayed() ? e : null;
        });
        assertThat(forbidden.getText()).contains("Admins only", "not an admin");
        assertThat(browser.findElement(By.id("admin")).isDisplayed()).isFalse();
        assertThat(browser.findElements(By.cssSelector("#user-rows tr"))).isEmpty();
        screenshot("users-forbidden.png");
    }

    private WebElement row(String userId) {
        return browser.findElement(By.cssSelector("#user-rows tr[data-id='" + userId + "']"));
    }

    private int jobsInFlight(String limitsPath) {
        Http.Response response = system().admin().get(limitsPath);
        assertThat(response.status()).isEqualTo(200);
        JsonNode limits = response.json().get("limits");
        return limits.get("jobs_in_flight").asInt();
    }
}
