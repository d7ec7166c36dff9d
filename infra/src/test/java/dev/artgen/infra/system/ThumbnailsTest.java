package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.storage.ImageStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Galleries load small server-made thumbnails, made once and then served from the image store. */
class ThumbnailsTest {

    private final ArtGenSystem system = SharedSystem.get();
    private final Http http = system.http();
    private final JobClient jobs = new JobClient(http);

    @Test
    void thumbnailIsASmallJpegWithTheSameAspectMadeOnce() throws IOException {
        String id = jobs.submit(job("a wide harbour at dawn", "size", "1536x1024", "quality", "low"))
                .get("id")
                .asString();
        JsonNode image = jobs.awaitState(id, "succeeded").get("images").get(0);
        ImageStore store = system.apiBean(ImageStore.class);

        Http.Response first = http.get(image.get("thumbnail_url").asString());
        Http.Response second = http.get(image.get("thumbnail_url").asString());

        assertThat(first.status()).isEqualTo(200);
        assertThat(first.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(first.header("Cache-Control")).contains("immutable");
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(first.body()));
        assertThat(thumbnail.getWidth()).isEqualTo(384);
        assertThat(thumbnail.getHeight()).isEqualTo(256);
        assertThat(first.body().length).isLessThan((int) image.get("bytes").asLong() / 4);
        assertThat(second.body()).isEqualTo(first.body());
        assertThat(store.count("thumbs/" + id + "/")).isEqualTo(1);
    }

    @Test
    void transparentPicturesKeepTheirAlphaInThumbnails() throws IOException {
        String id = jobs.submit(job("a red flower sticker", "background", "transparent", "size", "512x512"))
                .get("id")
                .asString();
        JsonNode image = jobs.awaitState(id, "succeeded").get("images").get(0);

        Http.Response response = http.get(image.get("thumbnail_url").asString());

        assertThat(response.header("Content-Type")).isEqualTo("image/png");
        BufferedImage thumbnail = ImageIO.read(new ByteArrayInputStream(response.body()));
        assertThat(thumbnail.getColorModel().hasAlpha()).isTrue();
        assertThat(thumbnail.getRGB(0, 0) >>> 24).isZero();
    }

    @Test
    void unknownImageHasNoThumbnail() {
        assertThat(http.get("/v1/images/img_000000000000000000000000_0/thumbnail")
                        .status())
                .isEqualTo(404);
    }
}
