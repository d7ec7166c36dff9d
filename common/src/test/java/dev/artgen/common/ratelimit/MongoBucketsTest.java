package dev.artgen.common.ratelimit;

import static org.assertj.core.api.Assertions.assertThat;

import com.mongodb.client.MongoClient;
import com.mongodb.client.MongoClients;
import de.bwaldvogel.mongo.MongoServer;
import de.bwaldvogel.mongo.backend.memory.MemoryBackend;
import io.github.bucket4j.BucketConfiguration;
import java.time.Duration;
import java.util.concurrent.Executors;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.springframework.data.mongodb.core.MongoTemplate;

/** Two processes' worth of bucket clients on one MongoDB-wire server share one budget. */
class MongoBucketsTest {

    private static final BucketConfiguration FIVE_PER_HOUR = BucketConfiguration.builder()
            .addLimit(limit -> limit.capacity(5).refillGreedy(5, Duration.ofHours(1)))
            .build();

    private MongoServer server;
    private MongoClient client;

    @BeforeEach
    void start() {
        server = new MongoServer(new MemoryBackend());
        client = MongoClients.create(server.bindAndGetConnectionString());
    }

    @AfterEach
    void stop() {
        client.close();
        server.shutdownNow();
    }

    @Test
    void instancesDrawFromOneSharedBucket() {
        var first = new MongoBuckets(new MongoTemplate(client, "test")).getProxy("images", () -> FIVE_PER_HOUR);
        var second = new MongoBuckets(new MongoTemplate(client, "test")).getProxy("images", () -> FIVE_PER_HOUR);

        int granted = 0;
        for (int i = 0; i < 6; i++) {
            granted += (i % 2 == 0 ? first : second).tryConsume(1) ? 1 : 0;
        }

        assertThat(granted).isEqualTo(5);
        assertThat(second.tryConsumeAndReturnRemaining(1).getNanosToWaitForRefill())
                .isPositive();
    }

    @Test
    void concurrentConsumersNeverOverspend() throws Exception {
        var buckets = new MongoBuckets(new MongoTemplate(client, "test"));
        AtomicInteger granted = new AtomicInteger();

        try (var threads = Executors.newVirtualThreadPerTaskExecutor()) {
            for (int i = 0; i < 40; i++) {
                threads.submit(() -> {
                    if (buckets.getProxy("race", () -> FIVE_PER_HOUR).tryConsume(1)) {
                        granted.incrementAndGet();
                    }
                });
            }
        }

        assertThat(granted).hasValue(5);
    }
}
