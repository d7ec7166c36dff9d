package dev.artgen.common.model;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.job.GenerationRequest;
import java.util.List;
import org.junit.jupiter.api.Test;

class RequestCheckTest {

    private final RequestCheck check = new RequestCheck(new ModelCatalog(List.of(LocalModels.SPEC)));

    private static JobDraft draft(String prompt) {
        return new JobDraft(LocalModels.ID, prompt, null, null, null, null, null, null);
    }

    @Test
    void fillsInTheModelsDefaults() {
        RequestCheck.Outcome outcome = check.check(draft("  a cat  "));

        assertThat(outcome.ok()).isTrue();
        assertThat(outcome.request())
                .isEqualTo(
                        new GenerationRequest(LocalModels.ID, "a cat", 1, "1024x1024", "medium", "auto", "png", null));
    }

    @Test
    void reportsEveryProblemAtOnceNamingFieldAndAllowedValues() {
        var outcome = check.check(new JobDraft(LocalModels.ID, "", 0, "3x3", "ultra", "plaid", "gif", -5L));

        assertThat(outcome.ok()).isFalse();
        assertThat(outcome.problems())
                .extracting(RequestCheck.FieldProblem::field)
                .containsExactly("prompt", "n", "size", "quality", "background", "output_format", "seed");
        assertThat(outcome.problems().get(2).message()).contains("1024x1024", "512x512");
    }

    @Test
    void rejectsUnknownModelListingTheKnownOnes() {
        var outcome = check.check(new JobDraft("dall-e-9", "a cat", null, null, null, null, null, null));

        assertThat(outcome.problems()).singleElement().satisfies(p -> {
            assertThat(p.field()).isEqualTo("model");
            assertThat(p.message()).contains("dall-e-9", LocalModels.ID);
        });
    }

    @Test
    void rejectsTransparentJpeg() {
        var outcome = check.check(new JobDraft(LocalModels.ID, "a cat", null, null, null, "transparent", "jpeg", null));

        assertThat(outcome.problems())
                .extracting(RequestCheck.FieldProblem::field)
                .containsExactly("background");
    }

    @Test
    void countsPromptLengthInCodePointsNotUtf16Units() {
        String emoji = "🎨".repeat(LocalModels.SPEC.maxPromptLength());

        assertThat(check.check(draft(emoji)).ok()).isTrue();
        assertThat(check.check(draft(emoji + "🎨")).ok()).isFalse();
    }

    @Test
    void refusesOptionsTheModelDoesNotTake() {
        var outcome = check.check(new JobDraft(
                null,
                LocalModels.ID,
                "a cat",
                null,
                null,
                null,
                null,
                "jpeg",
                null,
                80,
                "low",
                "vivid",
                null,
                null,
                null));

        assertThat(outcome.problems())
                .extracting(RequestCheck.FieldProblem::field)
                .containsExactly("output_compression", "moderation", "style");
    }
}
