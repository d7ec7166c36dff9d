package dev.artgen.worker;

import dev.artgen.common.CommonConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;
import org.springframework.scheduling.annotation.EnableScheduling;

/** The worker process: consumes jobs, renders, stores and reports. Scale it horizontally. */
@SpringBootApplication
@EnableScheduling
@Import(CommonConfiguration.class)
public class ArtGenWorker {

    /** The worker application, configured from {@code artgen-worker.yml} (see ArtGenApi#application). */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ArtGenWorker.class).properties("spring.config.name=artgen-worker");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
