package dev.artgen.worker.run;

import dev.artgen.common.worker.WorkerStatus;
import dev.artgen.common.worker.Workers;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.time.Clock;
import java.time.Instant;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.beans.factory.DisposableBean;
import org.springframework.scheduling.annotation.Scheduled;

/**
 * Tells the workers collection, every heartbeat, that this worker is alive and how busy it is: the
 * admin ops view and the {@code artgen_workers_alive} gauge read it. A clean stop says goodbye.
 */
class WorkerHeartbeat implements DisposableBean {

    private static final Logger log = LoggerFactory.getLogger(WorkerHeartbeat.class);

    private final Workers workers;
    private final InFlight inFlight;
    private final WorkerProperties properties;
    private final String workerId;
    private final Clock clock;
    private final Instant startedAt;
    private final String host;

    WorkerHeartbeat(Workers workers, InFlight inFlight, WorkerProperties properties, String workerId, Clock clock) {
        this.workers = workers;
        this.inFlight = inFlight;
        this.properties = properties;
        this.workerId = workerId;
        this.clock = clock;
        this.startedAt = clock.instant();
        this.host = hostName();
    }

    @Scheduled(fixedDelayString = "${artgen.worker.heartbeat:10s}")
    void beat() {
        try {
            workers.beat(new WorkerStatus(
                    workerId, host, inFlight.size(), properties.maxInFlight(), startedAt, clock.instant()));
        } catch (RuntimeException e) {
            log.warn("Could not record this worker's heartbeat: {}", e.getMessage());
        }
    }

    @Override
    public void destroy() {
        try {
            workers.gone(workerId);
        } catch (RuntimeException e) {
            log.info("Could not remove this worker from the workers collection: {}", e.getMessage());
        }
    }

    private static String hostName() {
        try {
            return InetAddress.getLocalHost().getHostName();
        } catch (UnknownHostException e) {
            return "unknown";
        }
    }
}
