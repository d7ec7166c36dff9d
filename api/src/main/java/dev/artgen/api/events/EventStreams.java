package dev.artgen.api.events;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobView;
import dev.artgen.common.job.JobWebhook;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.Set;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The Server-Sent Events clients of this api instance. Each has its own bounded queue drained by
 * its own virtual thread, so events reach it in the order the relay saw them and a slow client
 * delays nobody but itself (it is dropped when its queue is full).
 */
class EventStreams {

    private static final Logger log = LoggerFactory.getLogger(EventStreams.class);

    private final LiveProperties properties;
    private final Set<Subscriber> subscribers = ConcurrentHashMap.newKeySet();

    /** What a stream client receives, as the WebSocket does: the type and the job as GET shows it. */
    record StreamEvent(String type, JobView job) {

        static StreamEvent of(Job job) {
            return new StreamEvent(JobWebhook.typeName(job.state()), JobView.of(job));
        }

        /** The SSE id: when the job changed, so a reconnect can ask for what changed after it. */
        String id() {
            return Long.toString(job.updatedAt().toEpochMilli());
        }
    }

    EventStreams(LiveProperties properties) {
        this.properties = properties;
    }

    /** Opens a stream for {@code owner}; {@code catchUp} is sent first, then live events. */
    SseEmitter open(String owner, List<Job> catchUp) {
        SseEmitter emitter = new SseEmitter(properties.streamTimeout().toMillis());
        Subscriber subscriber = new Subscriber(owner, emitter, new ArrayBlockingQueue<>(properties.streamBuffer()));
        subscribers.add(subscriber);
        Runnable close = () -> {
            subscribers.remove(subscriber);
            subscriber.stop();
        };
        emitter.onCompletion(close);
        emitter.onTimeout(close);
        emitter.onError(failure -> close.run());
        Thread.ofVirtual().name("sse-" + owner).start(() -> subscriber.run(catchUp));
        return emitter;
    }

    void jobChanged(Job job) {
        for (Subscriber subscriber : subscribers) {
            if (subscriber.owner.equals(job.owner()) && !subscriber.queue.offer(StreamEvent.of(job))) {
                log.info(
                        "Dropping an event stream of {} that fell {} events behind",
                        job.owner(),
                        subscriber.queue.size());
                subscribers.remove(subscriber);
                subscriber.stop();
                subscriber.emitter.complete();
            }
        }
    }

    int count() {
        return subscribers.size();
    }

    private final class Subscriber {

        private final String owner;
        private final SseEmitter emitter;
        private final BlockingQueue<StreamEvent> queue;
        private volatile boolean stopped;

        Subscriber(String owner, SseEmitter emitter, BlockingQueue<StreamEvent> queue) {
            this.owner = owner;
            this.emitter = emitter;
            this.queue = queue;
        }

        void run(List<Job> catchUp) {
            try {
                // A first comment commits the response, so the client knows the stream is open.
                emitter.send(SseEmitter.event().comment("artgen job events"));
                for (Job job : catchUp) {
                    send(StreamEvent.of(job));
                }
                Duration heartbeat = properties.heartbeat();
                while (!stopped) {
                    StreamEvent next = queue.poll(heartbeat.toMillis(), TimeUnit.MILLISECONDS);
                    if (next == null) {
                        emitter.send(SseEmitter.event().comment("keep-alive"));
                    } else {
                        send(next);
                    }
                }
            } catch (IOException | IllegalStateException e) {
                log.debug("Event stream of {} closed: {}", owner, e.getMessage());
                subscribers.remove(this);
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
            }
        }

        private void send(StreamEvent event) throws IOException {
            emitter.send(SseEmitter.event().id(event.id()).name(event.type()).data(event));
        }

        void stop() {
            stopped = true;
        }
    }
}
