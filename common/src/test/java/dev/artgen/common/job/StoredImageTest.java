package dev.artgen.common.job;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.NullSource;
import org.junit.jupiter.params.provider.ValueSource;

class StoredImageTest {

    @Test
    void imageIdsRoundTripToTheirJobAndIndex() {
        String jobId = Job.newId();

        String imageId = StoredImage.idOf(jobId, 3);

        assertThat(StoredImage.parse(imageId)).isEqualTo(new StoredImage.ImageAddress(jobId, 3));
    }

    @Test
    void keysAreDeterministicPerJobIndexAndFormat() {
        assertThat(StoredImage.keyOf("job_abc", 0, "png")).isEqualTo("images/job_abc/0.png");
        assertThat(StoredImage.keyOf("job_abc", 0, "png")).isEqualTo(StoredImage.keyOf("job_abc", 0, "png"));
    }

    @ParameterizedTest
    @NullSource
    @ValueSource(
            strings = {"", "img_", "img__1", "img_abc", "img_abc_x", "img_abc_-1", "job_abc_1", "../../etc/passwd"})
    void foreignIdsParseToNothing(String id) {
        assertThat(StoredImage.parse(id)).isNull();
    }
}
