package dev.artgen.worker.provider;

import dev.artgen.common.job.Usage;
import java.util.List;

/** What a provider made for one job, and what that consumed. */
public record Generation(List<Picture> pictures, Usage usage) {

    public Generation {
        pictures = List.copyOf(pictures);
    }

    /** One encoded picture. */
    public record Picture(byte[] bytes, int width, int height, String format) {

        public String contentType() {
            return "image/" + format;
        }
    }
}
