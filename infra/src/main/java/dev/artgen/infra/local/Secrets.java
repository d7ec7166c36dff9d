package dev.artgen.infra.local;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.security.SecureRandom;
import java.util.HexFormat;

/** The local S3 server's secret: random, never a well-known default, kept with the data it guards. */
final class Secrets {

    private Secrets() {}

    static String forLocalS3(Path dataDir) throws IOException {
        if (dataDir == null) {
            return random();
        }
        Path file = dataDir.resolve("s3-secret");
        if (Files.exists(file)) {
            return Files.readString(file).strip();
        }
        String secret = random();
        Files.writeString(file, secret);
        try {
            Files.setPosixFilePermissions(file, PosixFilePermissions.fromString("rw-------"));
        } catch (UnsupportedOperationException notPosix) {
            // Windows: the file stays readable by the user only through the folder's own rights.
        }
        return secret;
    }

    private static String random() {
        byte[] bytes = new byte[24];
        new SecureRandom().nextBytes(bytes);
        return HexFormat.of().formatHex(bytes);
    }
}
