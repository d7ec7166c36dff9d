package dev.artgen.common.webhook;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.job.JobState;
import dev.artgen.common.job.JobWebhook;
import dev.artgen.common.model.JobDraft;
import dev.artgen.common.model.RequestCheck.FieldProblem;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/** What a webhook URL and its event types must be when submitted. */
class WebhookRulesTest {

    private final WebhookRules rules = new WebhookRules(new AddressGuard(false), List.of(80, 443, 8080, 8443));
    private final WebhookRules local = new WebhookRules(new AddressGuard(true), List.of(80, 443));

    @ParameterizedTest
    @ValueSource(
            strings = {
                "http://127.0.0.1/hook",
                "http://[::1]/hook",
                "http://169.254.169.254/latest/meta-data/",
                "http://10.0.0.7/hook",
                "http://[::ffff:10.0.0.1]/hook",
                "http://[::ffff:a00:1]/hook",
                "http://2130706433/hook",
                "http://0177.0.0.1/hook",
                "http://0x7f.0.0.1/hook",
                "http://0x7f000001/hook",
                "http://127.1/hook",
                "http://017700000001/hook",
                "http://localhost/hook",
                "http://api.localhost/hook",
                "http://0.0.0.0/hook",
                "http://[fd00::1]/hook",
                "http://[fe80::1%25eth0]/hook",
                "ftp://example.com/hook",
                "file:///etc/passwd",
                "gopher://example.com/",
                "http://user:pass@example.com/hook",
                "http://example.com:22/hook",
                "https://example.com:6379/hook",
                "http:///hook",
                "/relative/hook",
                "http://exa mple.com/",
                "http://example.com/hook#frag",
                ""
            })
    void refusesUrlsThatCouldReachInside(String url) {
        assertThat(rules.check("webhook.url", url))
                .hasValueSatisfying(problem -> assertThat(problem.field()).isEqualTo("webhook.url"));
    }

    @ParameterizedTest
    @ValueSource(
            strings = {
                "https://example.com/hook",
                "http://example.com/hook",
                "https://hooks.example.com:8443/artgen?token=abc",
                "https://93.184.216.34/hook",
                "https://[2606:4700:4700::1111]/hook"
            })
    void acceptsPublicHttpUrls(String url) {
        assertThat(rules.check("url", url)).isEmpty();
    }

    @Test
    void localDevelopmentAllowsLoopbackOnAnyPortButNothingElseInside() {
        assertThat(local.check("url", "http://127.0.0.1:39000/hook")).isEmpty();
        assertThat(local.check("url", "http://localhost:39000/hook")).isEmpty();
        assertThat(local.check("url", "http://[::1]:39000/hook")).isEmpty();
        assertThat(local.check("url", "http://10.0.0.1/hook")).isPresent();
        assertThat(local.check("url", "http://example.com:39000/hook")).isPresent();
    }

    @Test
    void namesTheEventTypeThatIsUnknown() {
        List<FieldProblem> problems = new ArrayList<>();
        var webhook = rules.jobWebhook(
                new JobDraft.WebhookDraft("https://example.com/hook", List.of("job.succeeded", "job.done")), problems);

        assertThat(webhook).isNull();
        assertThat(problems).extracting(FieldProblem::field).containsExactly("webhook.events[1]");
    }

    @Test
    void completedStandsForTheThreeOutcomesAndIsTheDefault() {
        List<FieldProblem> problems = new ArrayList<>();
        JobWebhook named = rules.jobWebhook(
                new JobDraft.WebhookDraft("https://example.com/hook", List.of("job.completed", "job.running")),
                problems);
        JobWebhook unnamed = rules.jobWebhook(new JobDraft.WebhookDraft("https://example.com/hook", null), problems);

        assertThat(problems).isEmpty();
        assertThat(named.states())
                .containsExactlyInAnyOrder(JobState.RUNNING, JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELED);
        assertThat(unnamed.states()).containsExactlyInAnyOrder(JobState.SUCCEEDED, JobState.FAILED, JobState.CANCELED);
    }
}
