package dev.artgen.common.upload;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import dev.artgen.common.storage.ImageStore;
import java.awt.image.BufferedImage;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.time.Clock;
import java.time.Instant;
import java.time.ZoneOffset;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;
import org.springframework.util.unit.DataSize;

/** Bytes first, then the record; nothing at all for a refused file. */
class UploadIntakeTest {

    private static final Instant T0 = Instant.parse("2026-11-29T10:00:00Z");

    private MongoServer server;
    private MongoClient client;
    private Uploads uploads;
    private final MemoryStore store = new MemoryStore();
    private UploadIntake intake;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
        uploads = new Uploads(new MongoTemplate(client, "test"));
        uploads.createIndexes();
        intake = new UploadIntake(
                uploads,
                store,
                new UploadProperties(DataSize.ofKilobytes(64), UploadProperties.DEFAULT_MAX_PIXELS),
                Clock.fixed(T0, ZoneOffset.UTC));
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void storesTheBytesAndRecordsTheUpload() throws IOException {
        byte[] png = ImageInspectionTest.write(ImageInspectionTest.picture(40, 30, BufferedImage.TYPE_INT_ARGB), "png");

        Upload upload = intake.accept("alice", png);

        assertThat(upload.id()).matches("upl_[0-9a-f]{24}");
        assertThat(upload.key()).isEqualTo("uploads/" + upload.id() + ".png");
        assertThat(upload)
                .extracting(
                        Upload::owner, Upload::format, Upload::width, Upload::height, Upload::bytes, Upload::hasAlpha)
                .containsExactly("alice", "png", 40, 30, (long) png.length, true);
        assertThat(upload.createdAt()).isEqualTo(T0);
        assertThat(uploads.find(upload.id())).contains(upload);
        assertThat(store.objects.get(upload.key())).isEqualTo(png);
        assertThat(store.types.get(upload.key())).isEqualTo("image/png");
    }

    @Test
    void aRefusedFileLeavesNoTrace() {
        assertThatThrownBy(() -> intake.accept("alice", "GIF89a not really".getBytes()))
                .isInstanceOf(UnacceptableImage.class);
        assertThatThrownBy(() -> intake.accept("alice", new byte[0])).hasMessage("is empty");
        assertThatThrownBy(() -> intake.accept("alice", new byte[64 * 1024 + 1]))
                .isInstanceOf(UploadTooLarge.class)
                .hasMessage("is larger than 64 KB, the most an upload may be");

        assertThat(store.objects).isEmpty();
        assertThat(uploads.page("alice", null, 10)).isEmpty();
    }

    @Test
    void whenTheStoreFailsNothingIsRecorded() throws IOException {
        byte[] png = ImageInspectionTest.write(ImageInspectionTest.picture(4, 4, BufferedImage.TYPE_INT_RGB), "png");
        store.failing = true;

        assertThatThrownBy(() -> intake.accept("alice", png)).isInstanceOf(IllegalStateException.class);

        assertThat(uploads.page("alice", null, 10)).isEmpty();
    }

    @Test
    void pagesOneOwnersUploadsNewestFirst() throws IOException {
        byte[] png = ImageInspectionTest.write(ImageInspectionTest.picture(4, 4, BufferedImage.TYPE_INT_RGB), "png");
        Upload first = intake.accept("alice", png);
        Upload second = intake.accept("alice", png);
        Upload third = intake.accept("alice", png);
        intake.accept("bob", png);

        assertThat(uploads.page("alice", null, 2)).extracting(Upload::id).containsExactly(third.id(), second.id());
        assertThat(uploads.page("alice", second.id(), 2)).extracting(Upload::id).containsExactly(first.id());
    }

    /** An in-memory image store that can be made to fail. */
    private static final class MemoryStore implements ImageStore {
        final Map<String, byte[]> objects = new ConcurrentHashMap<>();
        final Map<String, String> types = new ConcurrentHashMap<>();
        volatile boolean failing;

        @Override
        public void put(String key, byte[] bytes, String contentType) {
            if (failing) {
                throw new IllegalStateException("store down");
            }
            objects.put(key, bytes.clone());
            types.put(key, contentType);
        }

        @Override
        public InputStream open(String key) {
            return new ByteArrayInputStream(objects.get(key));
        }

        @Override
        public int count(String prefix) {
            return (int)
                    objects.keySet().stream().filter(k -> k.startsWith(prefix)).count();
        }

        @Override
        public void deleteAll(String prefix) {
            objects.keySet().removeIf(k -> k.startsWith(prefix));
            types.keySet().removeIf(k -> k.startsWith(prefix));
        }
    }
}
