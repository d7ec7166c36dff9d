package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.Cookie;
import org.openqa.selenium.WebElement;
import org.openqa.selenium.support.ui.WebDriverWait;

/** Signing in, managing keys and signing out in a real browser; the secret shows once, the cookie is HttpOnly. */
class AccountBrowserTest extends ChromiumTest {

    @Test
    void signInKeepsNoKeyWhereScriptsCanReadIt() {
        Cookie session = browser.manage().getCookieNamed("artgen_session");
        assertThat(session).isNotNull();
        assertThat(session.isHttpOnly()).isTrue();
        assertThat(session.getSameSite()).isEqualTo("Strict");
        Object visible = browser.executeScript(
                "return document.cookie + JSON.stringify(localStorage) + JSON.stringify(sessionStorage)");
        assertThat(visible.toString()).doesNotContain("agk_").doesNotContain(session.getValue());
        assertThat(browser.getCurrentUrl()).doesNotContain("agk_");
    }

    @Test
    void aWrongKeyIsRefusedOnTheSignInPage() throws IOException {
        browser.manage().deleteAllCookies();
        browser.get(system().http().base().resolve("/signin.html").toString());
        browser.findElement(By.id("api-key")).sendKeys("agk_this-is-not-anybodys-key-000");
        browser.findElement(By.id("signin-button")).click();
        WebElement error = new WebDriverWait(browser, Duration.ofSeconds(15)).until(d -> {
            WebElement e = d.findElement(By.id("api-key-error"));
            return e.getText().isBlank() ? null : e;
        });
        assertThat(error.getText()).contains("not valid");
        assertThat(browser.getCurrentUrl()).endsWith("/signin.html");
        screenshot("signin-refused.png");
    }

    @Test
    void createShowOnceRevokeAndSignOut() throws IOException {
        ArtGenSystem.TestUser user =
                system().newUser("keys-" + UUID.randomUUID().toString().substring(0, 8));
        browser.manage().deleteAllCookies();
        signIn(user.key());
        browser.get(system().http().base().resolve("/keys.html").toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(15));
        wait.until(d -> d.findElements(By.cssSelector("#key-rows tr")).size() == 1);
        assertThat(browser.findElement(By.id("who")).getText())
                .startsWith(user.http().get("/v1/me").json().get("name").asString());

        browser.findElement(By.id("key-name")).sendKeys("nightly export");
        browser.findElement(By.cssSelector("input[name=scope][value='jobs:write']"))
                .click();
        browser.findElement(By.cssSelector("#create button[type=submit]")).click();
        String secret = wait.until(d -> {
            String text = d.findElement(By.id("issued-secret")).getText();
            return text.startsWith("agk_") ? text : null;
        });
        wait.until(d -> d.findElements(By.cssSelector("#key-rows tr")).size() == 2);
        screenshot("keys.png");

        // The new key works, with the scopes ticked (jobs:write was unticked).
        Http withNewKey = user.http().anonymous().withKey(secret);
        assertThat(withNewKey.get("/v1/me").json().get("scopes").toString()).doesNotContain("jobs:write");
        assertThat(withNewKey.postJson("/v1/jobs", "{}").status()).isEqualTo(403);

        WebElement row = browser.findElements(By.cssSelector("#key-rows tr")).stream()
                .filter(tr -> tr.getText().contains("nightly export"))
                .findFirst()
                .orElseThrow();
        row.findElement(By.cssSelector("button.revoke")).click();
        browser.switchTo().alert().accept();
        wait.until(d -> d.findElements(By.cssSelector("#key-rows tr.revoked")).size() == 1);
        assertThat(withNewKey.get("/v1/me").status()).isEqualTo(401);

        browser.findElement(By.id("signout")).click();
        wait.until(d -> d.getCurrentUrl().endsWith("/signin.html"));
        browser.get(system().http().base().resolve("/keys.html").toString());
        wait.until(d -> d.getCurrentUrl().contains("/signin.html?next="));
    }
}
