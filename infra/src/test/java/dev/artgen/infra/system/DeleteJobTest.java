package dev.artgen.infra.system;

import static dev.artgen.infra.system.JobClient.job;
import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.storage.ImageStore;
import dev.artgen.common.usage.UsageLedger;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** Deleting a finished job removes it and every stored picture; its usage stays on the books. */
class DeleteJobTest {

    private final ArtGenSystem system = SharedSystem.get();
    private final Http http = system.http();
    private final JobClient jobs = new JobClient(http);

    @Test
    void deletedJobIsGoneWithItsPicturesAndThumbnails() {
        String id = jobs.submit(job("to be deleted", "n", 2, "size", "256x256"))
                .get("id")
                .asString();
        JsonNode image = jobs.awaitState(id, "succeeded").get("images").get(0);
        assertThat(http.get(image.get("thumbnail_url").asString()).status()).isEqualTo(200);
        ImageStore store = system.apiBean(ImageStore.class);

        Http.Response deleted = http.delete("/v1/jobs/" + id);

        assertThat(deleted.status()).isEqualTo(204);
        assertThat(http.get("/v1/jobs/" + id).status()).isEqualTo(404);
        assertThat(http.get(image.get("url").asString()).status()).isEqualTo(404);
        assertThat(store.count("images/" + id + "/")).isZero();
        assertThat(store.count("thumbs/" + id + "/")).isZero();
        assertThat(system.apiBean(UsageLedger.class).countForJob(id)).isEqualTo(1);
        assertThat(http.delete("/v1/jobs/" + id).status()).isEqualTo(404);
    }
}
