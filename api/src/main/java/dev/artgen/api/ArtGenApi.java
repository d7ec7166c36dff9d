package dev.artgen.api;

import dev.artgen.common.CommonConfiguration;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.annotation.Import;

/** The api process: takes jobs over HTTP, relays job events to browsers, serves the web UI. */
@SpringBootApplication
@Import(CommonConfiguration.class)
public class ArtGenApi {

    /**
     * The api application, configured from {@code artgen-api.yml}: a name of its own, so the api
     * and a worker can share one JVM (the local launcher, the system tests) without sharing config.
     */
    public static SpringApplicationBuilder application() {
        return new SpringApplicationBuilder(ArtGenApi.class).properties("spring.config.name=artgen-api");
    }

    public static void main(String[] args) {
        application().run(args);
    }
}
