package dev.artgen.infra.system;

import static org.assertj.core.api.Assertions.assertThat;

import dev.artgen.common.storage.ImageStore;
import dev.artgen.common.upload.Upload;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.util.Arrays;
import java.util.Base64;
import java.util.Random;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import javax.imageio.ImageIO;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.springframework.data.mongodb.core.query.Query;
import tools.jackson.databind.JsonNode;

/** Uploads through real HTTP: sound images are stored and served back; anything else leaves no trace. */
class UploadsTest {

    /** A 1x1 transparent lossless WebP (VP8L with its alpha hint set). */
    private static final byte[] WEBP_1X1 =
            Base64.getDecoder().decode("UklGRhoAAABXRUJQVlA4TA0AAAAvAAAAEAcQERGIiP4HAA==");

    private final ArtGenSystem system = SharedSystem.get();
    private final Http http = system.http();
    private final ImageStore store = system.apiBean(ImageStore.class);

    @Test
    void anUploadedPngIsDescribedAndServedBackByteForByte() {
        byte[] png = write(picture(320, 200, BufferedImage.TYPE_INT_ARGB), "png");

        Http.Response created = http.postMultipart("/v1/uploads", "file", "cat.png", "image/png", png);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        JsonNode upload = created.json();
        String id = upload.get("id").asString();
        assertThat(id).matches("upl_[0-9a-f]{24}");
        assertThat(created.header("Location")).isEqualTo("/v1/uploads/" + id);
        assertThat(upload.get("format").asString()).isEqualTo("png");
        assertThat(upload.get("width").asInt()).isEqualTo(320);
        assertThat(upload.get("height").asInt()).isEqualTo(200);
        assertThat(upload.get("bytes").asLong()).isEqualTo(png.length);
        assertThat(upload.get("has_alpha").asBoolean()).isTrue();
        assertThat(upload.get("created_at").asString()).isNotBlank();

        Http.Response fetched = http.get("/v1/uploads/" + id);
        assertThat(fetched.status()).isEqualTo(200);
        assertThat(fetched.json()).isEqualTo(upload);

        Http.Response content = http.get("/v1/uploads/" + id + "/content");
        assertThat(content.status()).isEqualTo(200);
        assertThat(content.header("Content-Type")).isEqualTo("image/png");
        assertThat(content.body()).isEqualTo(png);

        assertThat(system.mongo().findById(id, Upload.class).key()).isEqualTo("uploads/" + id + ".png");
    }

    @Test
    void theTypeComesFromTheBytesNotTheFilenameOrContentType() {
        byte[] jpeg = write(picture(64, 48, BufferedImage.TYPE_INT_RGB), "jpeg");

        Http.Response created = http.postMultipart("/v1/uploads", "file", "photo.png", "image/png", jpeg);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("format").asString()).isEqualTo("jpeg");
        assertThat(created.json().get("has_alpha").asBoolean()).isFalse();
        Http.Response content =
                http.get("/v1/uploads/" + created.json().get("id").asString() + "/content");
        assertThat(content.header("Content-Type")).isEqualTo("image/jpeg");
        assertThat(content.body()).isEqualTo(jpeg);
    }

    @Test
    void aWebpIsAcceptedFromItsHeader() {
        Http.Response created =
                http.postMultipart("/v1/uploads", "file", "dot.webp", "application/octet-stream", WEBP_1X1);

        assertThat(created.status()).as(created.text()).isEqualTo(201);
        assertThat(created.json().get("format").asString()).isEqualTo("webp");
        assertThat(created.json().get("width").asInt()).isEqualTo(1);
        assertThat(created.json().get("has_alpha").asBoolean()).isTrue();
    }

    @Test
    void uploadsAreListedNewestFirst() {
        byte[] png = write(picture(8, 8, BufferedImage.TYPE_INT_RGB), "png");
        String older = http.postMultipart("/v1/uploads", "file", "a.png", "image/png", png)
                .json()
                .get("id")
                .asString();
        String newer = http.postMultipart("/v1/uploads", "file", "b.png", "image/png", png)
                .json()
                .get("id")
                .asString();

        JsonNode page = http.get("/v1/uploads?limit=1").json();
        assertThat(page.get("data").get(0).get("id").asString()).isEqualTo(newer);
        JsonNode next = http.get(
                        "/v1/uploads?limit=1&cursor=" + page.get("next_cursor").asString())
                .json();
        assertThat(next.get("data").get(0).get("id").asString()).isEqualTo(older);
    }

    static Stream<Arguments> badFiles() {
        byte[] png = write(picture(200, 200, BufferedImage.TYPE_INT_RGB), "png");
        byte[] noisy = write(noise(300, 300), "png");
        byte[] random = new byte[10_000];
        new Random(1).nextBytes(random);
        return Stream.of(
                Arguments.of("no part named file", "image", "cat.png", png),
                Arguments.of("file sent as a text field", "file", null, png),
                Arguments.of("empty file", "file", "empty.png", new byte[0]),
                Arguments.of("random bytes", "file", "noise.png", random),
                Arguments.of("a GIF", "file", "cat.gif", write(picture(10, 10, BufferedImage.TYPE_INT_RGB), "gif")),
                Arguments.of("a truncated PNG", "file", "cut.png", Arrays.copyOf(noisy, noisy.length / 2)),
                Arguments.of("a decompression bomb", "file", "bomb.png", withPngSize(png, 100_000, 100_000)),
                Arguments.of("more pixels than 3840x2160", "file", "big.png", withPngSize(png, 3841, 2160)),
                Arguments.of("a zero-width PNG", "file", "thin.png", withPngSize(png, 0, 200)),
                Arguments.of("a truncated WebP", "file", "cut.webp", Arrays.copyOf(WEBP_1X1, 30)));
    }

    @ParameterizedTest(name = "{0}")
    @MethodSource("badFiles")
    void aBadFileIsA400ProblemNamingFileAndNothingIsStored(String title, String part, String filename, byte[] bytes) {
        Stored before = stored();

        Http.Response response = http.postMultipart("/v1/uploads", part, filename, "image/png", bytes);

        assertThat(response.status()).as(response.text()).isEqualTo(400);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://artgen.dev/problems/invalid-request");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("file");
        assertThat(problem.get("detail").asString()).startsWith("file ");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void justOverFiftyMegabytesIsA413ProblemAndNothingIsStored() {
        Stored before = stored();
        byte[] png = write(picture(16, 16, BufferedImage.TYPE_INT_RGB), "png");
        byte[] padded = Arrays.copyOf(png, 50 * 1024 * 1024 + 1); // a real PNG with trailing bytes

        Http.Response response = http.postMultipart("/v1/uploads", "file", "big.png", "image/png", padded);

        // Under the multipart limit (51 MB), so ArtGen's own check (artgen.uploads.max-bytes) refuses it.
        assertTooLarge(response);
        assertThat(response.json().get("detail").asString()).startsWith("file is larger than 50 MB");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void fiftyOneMegabytesIsRefusedWhileArrivingAsA413Problem() {
        Stored before = stored();

        Http.Response response =
                http.postMultipart("/v1/uploads", "file", "huge.png", "image/png", new byte[51 * 1024 * 1024]);

        // Over the multipart limit: refused while the request was still arriving.
        assertTooLarge(response);
        assertThat(response.json().get("detail").asString()).startsWith("The request is larger than");
        assertThat(stored()).isEqualTo(before);
    }

    @Test
    void aBodyThatIsNotMultipartIs415() {
        Http.Response response = http.postJson("/v1/uploads", "{\"file\":\"cat.png\"}");

        assertThat(response.status()).as(response.text()).isEqualTo(415);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
    }

    @Test
    void unknownUploadsAre404Problems() {
        for (String path : new String[] {
            "/v1/uploads/upl_0123456789abcdef01234567",
            "/v1/uploads/upl_0123456789abcdef01234567/content",
            "/v1/uploads/not-an-id"
        }) {
            Http.Response response = http.get(path);

            assertThat(response.status()).as(path).isEqualTo(404);
            assertThat(response.header("Content-Type")).startsWith("application/problem+json");
            assertThat(response.json().get("type").asString()).isEqualTo("https://artgen.dev/problems/not-found");
        }
    }

    private static void assertTooLarge(Http.Response response) {
        assertThat(response.status()).as(response.text()).isEqualTo(413);
        assertThat(response.header("Content-Type")).startsWith("application/problem+json");
        JsonNode problem = response.json();
        assertThat(problem.get("type").asString()).isEqualTo("https://artgen.dev/problems/too-large");
        assertThat(problem.get("errors").findValuesAsString("field")).containsExactly("file");
    }

    /** How many uploads are recorded in MongoDB and stored in S3. */
    private record Stored(long documents, int objects) {}

    private Stored stored() {
        return new Stored(system.mongo().count(new Query(), Upload.class), store.count("uploads/"));
    }

    private static BufferedImage picture(int width, int height, int type) {
        BufferedImage image = new BufferedImage(width, height, type);
        Graphics2D g = image.createGraphics();
        g.setColor(new Color(0x2a9d8f));
        g.fillRect(0, 0, width, height);
        g.setColor(new Color(233, 196, 106, 160));
        g.fillOval(width / 4, height / 4, Math.max(1, width / 2), Math.max(1, height / 2));
        g.dispose();
        return image;
    }

    private static BufferedImage noise(int width, int height) {
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Random random = new Random(9);
        for (int y = 0; y < height; y++) {
            for (int x = 0; x < width; x++) {
                image.setRGB(x, y, random.nextInt());
            }
        }
        return image;
    }

    private static byte[] write(BufferedImage image, String format) {
        try {
            ByteArrayOutputStream out = new ByteArrayOutputStream();
            ImageIO.write(image, format, out);
            return out.toByteArray();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    /** The same PNG with its IHDR claiming another size (CRC fixed, so only the size lies). */
    private static byte[] withPngSize(byte[] png, int width, int height) {
        byte[] copy = png.clone();
        ByteBuffer.wrap(copy).putInt(16, width).putInt(20, height);
        CRC32 crc = new CRC32();
        crc.update(copy, 12, 17);
        ByteBuffer.wrap(copy).putInt(29, (int) crc.getValue());
        return copy;
    }
}
