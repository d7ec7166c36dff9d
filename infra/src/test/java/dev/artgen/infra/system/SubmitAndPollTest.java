package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.util.ArrayList;
import java.util.List;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/**
 * The walking skeleton end to end: submit over HTTP, a worker renders, poll, download the PNG.
 * Runs on the embedded infrastructure here, and on real Kafka and MongoDB containers where Docker
 * exists ({@link ContainersSubmitAndPollTest}).
 */
class SubmitAndPollTest {

    private final ArtGenSystem system = system();
    private final Http http = system.http();
    private final JobClient jobs = new JobClient(http);

    ArtGenSystem system() {
        return SharedSystem.get();
    }

    @Test
    void submittedJobBecomesDownloadablePngsOfTheRequestedSize() throws IOException {
        Http.Response accepted = http.postJson(
                "/v1/jobs", http.json(job("a lighthouse at dusk, watercolor", "n", 2, "size", "512x512")));

        assertThat(accepted.status()).isEqualTo(202);
        JsonNode queued = accepted.json();
        String id = queued.get("id").asString();
        assertThat(accepted.header("Location")).isEqualTo("/v1/jobs/" + id);
        assertThat(queued.get("state").asString()).isEqualTo("queued");
        assertThat(queued.at("/request/seed").isNumber())
                .as("a seed is recorded for reproducibility")
                .isTrue();

        JsonNode done = jobs.awaitState(id, "succeeded");
        assertThat(done.get("attempts").asInt()).isEqualTo(1);
        assertThat(done.get("started_at").isNull()).isFalse();
        assertThat(done.get("finished_at").isNull()).isFalse();
        assertThat(done.get("images")).hasSize(2);
        assertThat(done.at("/usage/images").asInt()).isEqualTo(2);

        for (JsonNode image : done.get("images")) {
            assertThat(image.get("width").asInt()).isEqualTo(512);
            Http.Response png = http.get(image.get("url").asString());
            assertThat(png.status()).isEqualTo(200);
            assertThat(png.header("Content-Type")).isEqualTo("image/png");
            assertThat(png.body()).startsWith(0x89, 'P', 'N', 'G');
            assertThat(png.body().length).isEqualTo(image.get("bytes").asLong());
            BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(png.body()));
            assertThat(decoded.getWidth()).isEqualTo(512);
            assertThat(decoded.getHeight()).isEqualTo(512);
        }
    }

    @Test
    void downloadCarriesAReadableFilename() {
        String id = jobs.submit(job("A quiet forest in spring!")).get("id").asString();
        JsonNode image = jobs.awaitState(id, "succeeded").get("images").get(0);

        Http.Response download = http.get(image.get("download_url").asString());

        assertThat(download.status()).isEqualTo(200);
        assertThat(download.header("Content-Disposition"))
                .isEqualTo("attachment; filename=\"artgen-a-quiet-forest-in-spring-1.png\"");
        assertThat(download.body()).startsWith(0x89, 'P', 'N', 'G');
    }

    @Test
    void jpegAndNonSquareSizesAreHonoured() throws IOException {
        String id = jobs.submit(job(
                        "ocean waves, oil painting", "size", "1536x1024", "output_format", "jpeg", "quality", "low"))
                .get("id")
                .asString();
        JsonNode image = jobs.awaitState(id, "succeeded").get("images").get(0);

        Http.Response jpeg = http.get(image.get("url").asString());

        assertThat(jpeg.header("Content-Type")).isEqualTo("image/jpeg");
        BufferedImage decoded = ImageIO.read(new ByteArrayInputStream(jpeg.body()));
        assertThat(decoded.getWidth()).isEqualTo(1536);
        assertThat(decoded.getHeight()).isEqualTo(1024);
    }

    @Test
    void transparentBackgroundKeepsAnAlphaChannel() throws IOException {
        String id = jobs.submit(job("a red flower", "background", "transparent", "size", "256x256"))
                .get("id")
                .asString();
        JsonNode image = jobs.awaitState(id, "succeeded").get("images").get(0);

        BufferedImage decoded = ImageIO.read(
                new ByteArrayInputStream(http.get(image.get("url").asString()).body()));

        assertThat(decoded.getColorModel().hasAlpha()).isTrue();
        assertThat(decoded.getRGB(0, 0) >>> 24).as("corner alpha").isZero();
    }

    @Test
    void listsJobsNewestFirstWithCursorPagination() {
        List<String> submitted = new ArrayList<>();
        for (int i = 0; i < 3; i++) {
            submitted.add(jobs.submit(job("page test " + i, "size", "256x256"))
                    .get("id")
                    .asString());
        }

        JsonNode first = http.get("/v1/jobs?limit=2").json();
        assertThat(first.get("data")).hasSize(2);
        assertThat(first.get("data").get(0).get("id").asString()).isEqualTo(submitted.get(2));
        assertThat(first.get("data").get(1).get("id").asString()).isEqualTo(submitted.get(1));

        JsonNode second = http.get(
                        "/v1/jobs?limit=2&cursor=" + first.get("next_cursor").asString())
                .json();
        assertThat(second.get("data").get(0).get("id").asString()).isEqualTo(submitted.get(0));
    }

    @Test
    void modelsListTheParametersEachAccepts() {
        JsonNode models = http.get("/v1/models").json().get("data");

        JsonNode local = models.get(0);
        assertThat(local.get("id").asString()).isEqualTo("artgen-local");
        assertThat(local.get("sizes").toString()).contains("1024x1024", "256x256", "1536x1024");
        assertThat(local.get("output_formats").toString()).contains("png", "jpeg");
        assertThat(local.get("max_images").asInt()).isEqualTo(10);
    }

    @Test
    void unknownJobAndImageAnswer404Problems() {
        Http.Response job = http.get("/v1/jobs/job_000000000000000000000000");
        Http.Response image = http.get("/v1/images/img_nope_1");

        for (Http.Response response : List.of(job, image)) {
            assertThat(response.status()).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("https://artgen.dev/problems/not-found");
        }
    }

    @Test
    void cancelingAFinishedJobIsAConflictAndChangesNothing() {
        String id =
                jobs.submit(job("already done", "size", "256x256")).get("id").asString();
        jobs.awaitState(id, "succeeded");

        Http.Response cancel = http.post("/v1/jobs/" + id + "/cancel", "application/json", "");

        assertThat(cancel.status()).isEqualTo(409);
        assertThat(cancel.json().get("type").asString()).isEqualTo("https://artgen.dev/problems/conflict");
        assertThat(jobs.get(id).get("state").asString()).isEqualTo("succeeded");
    }
}
