package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** "More like this" with the local model: variations of a gallery picture or an upload, through real HTTP. */
class MoreLikeThisTest {

    private final ArtGenSystem system = SharedSystem.get();
    private final Http http = system.http();
    private final JobClient jobs = new JobClient(http);

    @Test
    void variationsOfAGalleryPictureAreNewPicturesOfItsSize() {
        JsonNode source = jobs.awaitState(
                jobs.submit(job("a lighthouse at dusk, watercolor", "size", "512x512", "quality", "low"))
                        .get("id")
                        .asString(),
                "succeeded");
        String imageId = source.get("images").get(0).get("id").asString();
        byte[] original = http.get("/v1/images/" + imageId).body();

        JsonNode variation = jobs.submit(Map.of(
                "operation",
                "variation",
                "model",
                "artgen-local",
                "images",
                List.of(imageId),
                "n",
                2,
                "size",
                "512x512"));
        assertThat(variation.get("request").get("operation").asString()).isEqualTo("variation");
        assertThat(variation.get("request").get("images").get(0).get("id").asString())
                .isEqualTo(imageId);
        JsonNode done = jobs.awaitState(variation.get("id").asString(), "succeeded");

        assertThat(done.get("images")).hasSize(2);
        byte[] first = http.get(done.get("images").get(0).get("url").asString()).body();
        byte[] second =
                http.get(done.get("images").get(1).get("url").asString()).body();
        assertThat(TestImages.isPng(first)).isTrue();
        assertThat(TestImages.decode(first).getWidth()).isEqualTo(512);
        assertThat(first).isNotEqualTo(original).isNotEqualTo(second);
    }

    @Test
    void variationsOfAnUploadKeepItsPlainBackground() {
        String upload = upload(TestImages.discOn(300, 200, Color.WHITE, new Color(30, 90, 200)));

        JsonNode done = jobs.awaitState(
                jobs.submit(Map.of(
                                "operation", "variation",
                                "model", "artgen-local",
                                "images", List.of(upload),
                                "size", "512x512"))
                        .get("id")
                        .asString(),
                "succeeded");

        BufferedImage picture = TestImages.decode(
                http.get(done.get("images").get(0).get("url").asString()).body());
        int corner = picture.getRGB(2, 2);
        assertThat((corner >> 16) & 0xff).isEqualTo((corner >> 8) & 0xff).isEqualTo(corner & 0xff);
        int centre = picture.getRGB(256, 256);
        assertThat(centre & 0xff).as("the blue disc is still there").isGreaterThan((centre >> 16) & 0xff);
    }

    @Test
    void aVariationTakesNoPromptAndOnlyPicturesTheModelCanRead() {
        String upload = upload(TestImages.png(16, 16, Color.GRAY));
        Http.Response withPrompt = http.postJson(
                "/v1/jobs",
                http.json(Map.of(
                        "operation", "variation",
                        "model", "artgen-local",
                        "prompt", "more of this",
                        "images", List.of(upload))));
        assertThat(withPrompt.status()).isEqualTo(400);
        assertThat(withPrompt.json().get("errors").get(0).get("field").asString())
                .isEqualTo("prompt");

        Http.Response twoImages = http.postJson(
                "/v1/jobs",
                http.json(
                        Map.of("operation", "variation", "model", "artgen-local", "images", List.of(upload, upload))));
        assertThat(twoImages.status()).isEqualTo(400);
        assertThat(twoImages.json().get("errors").get(0).get("field").asString())
                .isEqualTo("images");

        Http.Response edit = http.postJson(
                "/v1/jobs",
                http.json(Map.of(
                        "operation", "edit", "model", "artgen-local", "prompt", "a hat", "images", List.of(upload))));
        assertThat(edit.status()).isEqualTo(400);
        assertThat(edit.json().get("detail").asString()).contains("cannot edit");
    }

    private String upload(byte[] png) {
        Http.Response created = http.postMultipart("/v1/uploads", "file", "input.png", "image/png", png);
        assertThat(created.status()).as(created.text()).isEqualTo(201);
        return created.json().get("id").asString();
    }
}
