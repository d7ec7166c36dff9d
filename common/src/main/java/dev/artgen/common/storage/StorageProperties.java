package dev.artgen.common.storage;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/** Where the S3-compatible image store is and how to reach it. */
@ConfigurationProperties("artgen.storage")
public record StorageProperties(
        @DefaultValue("http://localhost:9000") String endpoint,
        String accessKey,
        String secretKey,
        @DefaultValue("artgen-images") String bucket,
        @DefaultValue("us-east-1") String region) {

    @Override
    public String toString() {
        return "StorageProperties[endpoint=" + endpoint + ", bucket=" + bucket + ", region=" + region + "]";
    }
}
