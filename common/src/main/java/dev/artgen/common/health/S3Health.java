package dev.artgen.common.health;

import io.minio.BucketExistsArgs;
import io.minio.MinioClient;
import org.springframework.boot.health.contributor.Health;
import org.springframework.boot.health.contributor.HealthIndicator;

/** The image store is up when the S3 server answers for ArtGen's bucket (and the bucket is there). */
public class S3Health implements HealthIndicator {

    private final MinioClient s3;
    private final String bucket;

    public S3Health(MinioClient s3, String bucket) {
        this.s3 = s3;
        this.bucket = bucket;
    }

    @Override
    public Health health() {
        try {
            boolean exists =
                    s3.bucketExists(BucketExistsArgs.builder().bucket(bucket).build());
            return (exists ? Health.up() : Health.down().withDetail("error", "bucket missing"))
                    .withDetail("bucket", bucket)
                    .build();
        } catch (Exception e) {
            return Health.down()
                    .withDetail("bucket", bucket)
                    .withDetail("error", String.valueOf(e.getMessage()))
                    .build();
        }
    }
}
