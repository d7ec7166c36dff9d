package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.openqa.selenium.By;
import org.openqa.selenium.JavascriptExecutor;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.WebDriverWait;

/** The gallery in a real headless Chromium: newest first, one page at first, older pages as you scroll. */
class GalleryScrollBrowserTest extends ChromiumTest {

    private static final String PROMPT = "scroll test ";
    private static final int JOBS = 30;
    private static final int PAGE = 24;

    private final ArtGenSystem system = SharedSystem.get();

    @Test
    void galleryShowsNewestFirstAndLoadsOlderJobsAsYouScroll() throws IOException {
        var client = new JobClient(system.http());
        List<String> submitted = new ArrayList<>(); // oldest first
        for (int i = 0; i < JOBS; i++) {
            submitted.add(client.submit(JobClient.job(PROMPT + i, "size", "256x256"))
                    .get("id")
                    .asString());
        }
        for (String id : submitted) {
            client.awaitState(id, "succeeded");
        }
        String oldest = submitted.getFirst();
        String newest = submitted.getLast();

        browser.get(system.http().base().toString());
        var wait = new WebDriverWait(browser, Duration.ofSeconds(30));
        wait.until(d -> !ours(d).isEmpty() && !"loading".equals(galleryState(d)));

        List<Card> firstPage = ours(browser);
        assertThat(firstPage)
                .as("only the first page is shown before scrolling")
                .hasSizeLessThanOrEqualTo(PAGE);
        assertThat(firstPage.getFirst().id()).as("the newest job comes first").isEqualTo(newest);
        assertThat(firstPage.getFirst().prompt()).isEqualTo(PROMPT + (JOBS - 1));
        assertThat(firstPage).extracting(Card::id).doesNotContain(oldest);
        assertThat(allIds(browser).getFirst())
                .as("nothing is newer than the last job submitted")
                .isEqualTo(newest);

        List<Card> all = wait.until(d -> {
            ((JavascriptExecutor) d).executeScript("window.scrollTo(0, document.body.scrollHeight)");
            List<Card> cards = ours(d);
            return cards.size() >= JOBS ? cards : null;
        });

        assertThat(allIds(browser)).as("no job is shown twice").doesNotHaveDuplicates();
        List<Card> mine =
                all.stream().filter(card -> submitted.contains(card.id())).toList();
        assertThat(mine).extracting(Card::id).as("newest first").containsExactlyElementsOf(submitted.reversed());
        assertThat(mine).allSatisfy(card -> assertThat(card.prompt()).startsWith(PROMPT));
        assertThat(mine.getLast().top())
                .as("the oldest is below the newest")
                .isGreaterThan(mine.getFirst().top());

        // Once the end is reached the page says so, and scrolling on loads nothing twice.
        wait.until(d -> {
            ((JavascriptExecutor) d).executeScript("window.scrollTo(0, document.body.scrollHeight)");
            return "done".equals(galleryState(d));
        });
        assertThat(browser.findElement(By.id("gallery-status")).getText()).contains("everything");
        assertThat(allIds(browser)).doesNotHaveDuplicates();
        screenshot("gallery-scroll.png");
    }

    static List<String> allIds(WebDriver driver) {
        return driver.findElements(By.cssSelector("article.job")).stream()
                .map(card -> card.getDomAttribute("data-job-id"))
                .toList();
    }

    record Card(String id, String prompt, long top) {}

    /** This test's cards in page order, each with its prompt and its distance from the top of the page. */
    @SuppressWarnings("unchecked")
    static List<Card> ours(WebDriver driver) {
        var rows = (List<List<Object>>) ((JavascriptExecutor) driver).executeScript("""
                        return [...document.querySelectorAll('article.job')]
                          .map(card => [card.dataset.jobId,
                                        (card.querySelector('.prompt') || {}).textContent || '',
                                        Math.round(card.getBoundingClientRect().top + window.scrollY)])
                          .filter(row => row[1].startsWith('scroll test '));
                        """);
        return rows.stream()
                .map(row -> new Card((String) row.get(0), (String) row.get(1), ((Number) row.get(2)).longValue()))
                .toList();
    }

    static String galleryState(WebDriver driver) {
        return driver.findElement(By.id("gallery-status")).getDomAttribute("data-state");
    }
}
