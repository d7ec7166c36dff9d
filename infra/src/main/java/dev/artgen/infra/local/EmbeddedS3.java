package dev.artgen.infra.local;

import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import org.gaul.s3proxy.S3Proxy;
import org.gaul.s3proxy.auth.AuthenticationType;
import org.gaul.s3proxy.blobstore.BlobStore;
import org.gaul.s3proxy.nio2blob.FilesystemNio2BlobStore;
import org.gaul.s3proxy.nio2blob.TransientNio2BlobStore;

/** An S3 server in this JVM (S3Proxy): on disk under a data directory, or in memory. SigV4 is checked. */
public final class EmbeddedS3 implements AutoCloseable {

    public static final String ACCESS_KEY = "artgen-local";

    private final S3Proxy proxy;
    private final String secretKey;

    private EmbeddedS3(S3Proxy proxy, String secretKey) {
        this.proxy = proxy;
        this.secretKey = secretKey;
    }

    /** {@code dataDir} null keeps objects in memory. */
    public static EmbeddedS3 start(Path dataDir, int port) throws Exception {
        String secret = Secrets.forLocalS3(dataDir);
        BlobStore store = dataDir == null
                ? new TransientNio2BlobStore()
                : new FilesystemNio2BlobStore(
                        Files.createDirectories(dataDir.resolve("s3")).toString());
        S3Proxy proxy = S3Proxy.builder()
                .blobStore(store)
                .endpoint(URI.create("http://127.0.0.1:" + port))
                .awsAuthentication(AuthenticationType.AWS_V2_OR_V4, ACCESS_KEY, secret)
                .build();
        proxy.start();
        while (!"STARTED".equals(proxy.getState())) {
            Thread.onSpinWait();
        }
        return new EmbeddedS3(proxy, secret);
    }

    public String endpoint() {
        return "http://127.0.0.1:" + proxy.getPort();
    }

    public String secretKey() {
        return secretKey;
    }

    @Override
    public void close() throws Exception {
        proxy.stop();
    }
}
