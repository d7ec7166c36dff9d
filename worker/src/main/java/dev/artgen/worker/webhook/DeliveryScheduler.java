package dev.artgen.worker.webhook;

import dev.artgen.common.webhook.Deliveries;
import dev.artgen.common.webhook.Delivery;
import dev.artgen.common.webhook.WebhookProperties;
import java.time.Clock;
import java.util.Optional;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Semaphore;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Claims due deliveries and sends each on a virtual thread, at most {@code concurrency} at once per
 * worker. Every worker runs one; the claim (a conditional update) keeps them from sending the same
 * delivery twice, and a claim that is never finished (worker died) simply falls due again.
 */
class DeliveryScheduler implements AutoCloseable {

    private static final Logger log = LoggerFactory.getLogger(DeliveryScheduler.class);

    private final Deliveries deliveries;
    private final DeliveryCourier courier;
    private final WebhookProperties properties;
    private final String workerId;
    private final Clock clock;
    private final Semaphore slots;
    private final ExecutorService senders = Executors.newVirtualThreadPerTaskExecutor();

    DeliveryScheduler(
            Deliveries deliveries,
            DeliveryCourier courier,
            WebhookProperties properties,
            String workerId,
            Clock clock) {
        this.deliveries = deliveries;
        this.courier = courier;
        this.properties = properties;
        this.workerId = workerId;
        this.clock = clock;
        this.slots = new Semaphore(properties.concurrency());
    }

    @Scheduled(fixedDelayString = "${artgen.webhooks.poll-interval:1s}")
    void sendDue() {
        while (slots.tryAcquire()) {
            Optional<Delivery> claimed;
            try {
                claimed = deliveries.claimDue(workerId, properties.lease(), clock.instant());
            } catch (RuntimeException e) {
                slots.release();
                log.warn("Could not look for due webhook deliveries: {}", e.getMessage());
                return;
            }
            if (claimed.isEmpty()) {
                slots.release();
                return;
            }
            senders.execute(() -> send(claimed.get()));
        }
    }

    private void send(Delivery delivery) {
        try {
            courier.deliver(delivery);
        } catch (RuntimeException e) {
            // Not recorded: the claim runs out and the delivery is tried again then.
            log.warn("Webhook delivery {} failed unexpectedly: {}", delivery.id(), e.toString());
        } finally {
            slots.release();
        }
    }

    /** Stops sending; deliveries in flight keep their claim until it runs out and are retried then. */
    @Override
    public void close() {
        senders.shutdownNow();
    }
}
