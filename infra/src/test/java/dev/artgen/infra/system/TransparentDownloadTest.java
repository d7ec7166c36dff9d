package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.Color;
import java.awt.image.BufferedImage;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** GET /v1/images/{id}/download?background=transparent through real HTTP: the bytes are a PNG with alpha. */
class TransparentDownloadTest {

    private final ArtGenSystem system = SharedSystem.get();
    private final Http http = system.http();
    private final JobClient jobs = new JobClient(http);

    @Test
    void aPictureMadeTransparentComesWithItsOwnAlpha() {
        JsonNode image = firstImage(job("a red flower sticker", "background", "transparent", "size", "256x256"));

        Http.Response plain = http.get(image.get("download_url").asString());
        Http.Response transparent = http.get(image.get("download_url").asString() + "?background=transparent");

        assertThat(transparent.status()).isEqualTo(200);
        assertThat(transparent.header("Content-Type")).isEqualTo("image/png");
        assertThat(transparent.body()).as("native alpha: the stored bytes").isEqualTo(plain.body());
        assertThat(alpha(TestImages.decode(transparent.body()), 0, 0)).isZero();
    }

    @Test
    void aPlainBackgroundIsRemovedOnDownload() {
        Http.Response uploaded = http.postMultipart(
                "/v1/uploads",
                "file",
                "product.png",
                "image/png",
                TestImages.discOn(400, 400, Color.WHITE, new Color(220, 60, 20)));
        assertThat(uploaded.status()).as(uploaded.text()).isEqualTo(201);
        // An opaque gallery picture with a plain background: a variation of the upload, opaque on purpose.
        JsonNode image = firstImage(Map.of(
                "operation", "variation",
                "model", "artgen-local",
                "images", List.of(uploaded.json().get("id").asString()),
                "size", "512x512",
                "background", "opaque"));
        Http.Response plain = http.get(image.get("download_url").asString());
        assertThat(TestImages.decode(plain.body()).getColorModel().hasAlpha()).isFalse();

        Http.Response transparent = http.get(image.get("download_url").asString() + "?background=transparent");

        assertThat(transparent.status()).as(transparent.text()).isEqualTo(200);
        assertThat(transparent.header("Content-Type")).isEqualTo("image/png");
        assertThat(transparent.header("Content-Disposition")).contains("-transparent.png");
        assertThat(TestImages.isPng(transparent.body())).isTrue();
        BufferedImage cut = TestImages.decode(transparent.body());
        assertThat(cut.getColorModel().hasAlpha()).isTrue();
        assertThat(alpha(cut, 3, 3)).as("background corner").isZero();
        assertThat(alpha(cut, 508, 508)).as("background corner").isZero();
        assertThat(alpha(cut, 256, 256)).as("the subject").isEqualTo(255);
    }

    @Test
    void aBusyPictureHasNoPlainBackgroundToRemove() {
        // A variation of random noise: opaque, and no colour runs along its border.
        BufferedImage noise = new BufferedImage(200, 200, BufferedImage.TYPE_INT_RGB);
        var random = new java.util.SplittableRandom(4);
        for (int y = 0; y < 200; y++) {
            for (int x = 0; x < 200; x++) {
                noise.setRGB(x, y, random.nextInt(0x1000000));
            }
        }
        Http.Response uploaded =
                http.postMultipart("/v1/uploads", "file", "noise.png", "image/png", TestImages.encode(noise));
        JsonNode image = firstImage(Map.of(
                "operation", "variation",
                "model", "artgen-local",
                "images", List.of(uploaded.json().get("id").asString()),
                "size", "256x256"));

        Http.Response response = http.get(image.get("download_url").asString() + "?background=transparent");

        assertThat(response.status()).isEqualTo(422);
        assertThat(response.header("Content-Type")).isEqualTo("application/problem+json");
        assertThat(response.json().get("type").asString()).isEqualTo("https://artgen.dev/problems/no-plain-background");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("background");
    }

    @Test
    void anUnknownBackgroundValueIsA400NamingTheParameter() {
        JsonNode image = firstImage(job("a quiet pond", "size", "256x256"));

        Http.Response response = http.get(image.get("download_url").asString() + "?background=purple");

        assertThat(response.status()).isEqualTo(400);
        assertThat(response.json().get("type").asString()).isEqualTo("https://artgen.dev/problems/invalid-request");
        assertThat(response.json().get("errors").get(0).get("field").asString()).isEqualTo("background");
    }

    private JsonNode firstImage(Map<String, Object> body) {
        JsonNode done = jobs.awaitState(jobs.submit(body).get("id").asString(), "succeeded");
        return done.get("images").get(0);
    }

    private static int alpha(BufferedImage image, int x, int y) {
        return image.getRGB(x, y) >>> 24;
    }
}
