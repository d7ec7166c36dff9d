package dev.artgen.common.storage;

import io.minio.BucketExistsArgs;
import io.minio.GetObjectArgs;
import io.minio.ListObjectsArgs;
import io.minio.MakeBucketArgs;
import io.minio.MinioClient;
import io.minio.PutObjectArgs;
import io.minio.RemoveObjectsArgs;
import io.minio.errors.ErrorResponseException;
import io.minio.messages.DeleteRequest;
import java.io.ByteArrayInputStream;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.StreamSupport;

/** {@link ImageStore} on any S3-compatible server through the MinIO Java client. */
public class S3ImageStore implements ImageStore {

    private final MinioClient client;
    private final String bucket;

    public S3ImageStore(MinioClient client, String bucket) {
        this.client = client;
        this.bucket = bucket;
    }

    /** Creates the bucket on first start; racing instances are fine (the loser sees it exists). */
    public void ensureBucket() {
        call(() -> {
            if (!client.bucketExists(BucketExistsArgs.builder().bucket(bucket).build())) {
                try {
                    client.makeBucket(MakeBucketArgs.builder().bucket(bucket).build());
                } catch (ErrorResponseException e) {
                    if (!"BucketAlreadyOwnedByYou".equals(e.errorResponse().code())
                            && !"BucketAlreadyExists".equals(e.errorResponse().code())) {
                        throw e;
                    }
                }
            }
            return null;
        });
    }

    @Override
    public void put(String key, byte[] bytes, String contentType) {
        call(() -> client.putObject(PutObjectArgs.builder().bucket(bucket).object(key).stream(
                        new ByteArrayInputStream(bytes), (long) bytes.length, -1L)
                .contentType(contentType)
                .build()));
    }

    @Override
    public InputStream open(String key) {
        try {
            return client.getObject(
                    GetObjectArgs.builder().bucket(bucket).object(key).build());
        } catch (ErrorResponseException e) {
            if ("NoSuchKey".equals(e.errorResponse().code())) {
                throw new ImageMissing(key, e);
            }
            throw new StorageUnavailable(e);
        } catch (Exception e) {
            throw new StorageUnavailable(e);
        }
    }

    @Override
    public int count(String prefix) {
        return call(() -> (int) StreamSupport.stream(
                        client.listObjects(ListObjectsArgs.builder()
                                        .bucket(bucket)
                                        .prefix(prefix)
                                        .recursive(true)
                                        .build())
                                .spliterator(),
                        false)
                .count());
    }

    @Override
    public void deleteAll(String prefix) {
        call(() -> {
            List<DeleteRequest.Object> objects = new ArrayList<>();
            for (var listed : client.listObjects(ListObjectsArgs.builder()
                    .bucket(bucket)
                    .prefix(prefix)
                    .recursive(true)
                    .build())) {
                objects.add(new DeleteRequest.Object(listed.get().objectName()));
            }
            if (!objects.isEmpty()) {
                // removeObjects is lazy: the deletions happen as its results are read.
                for (var failure : client.removeObjects(RemoveObjectsArgs.builder()
                        .bucket(bucket)
                        .objects(objects)
                        .build())) {
                    throw new StorageUnavailable(
                            new IllegalStateException(failure.get().message()));
                }
            }
            return null;
        });
    }

    private static <T> T call(S3Call<T> call) {
        try {
            return call.run();
        } catch (RuntimeException e) {
            throw e;
        } catch (Exception e) {
            throw new StorageUnavailable(e);
        }
    }

    /** A MinIO client call; they all throw a handful of checked exceptions. */
    private interface S3Call<T> {
        T run() throws Exception;
    }

    /** The S3 server could not be reached or refused the request. */
    public static final class StorageUnavailable extends RuntimeException {
        StorageUnavailable(Throwable cause) {
            super("image store unavailable: " + cause.getMessage(), cause);
        }
    }
}
