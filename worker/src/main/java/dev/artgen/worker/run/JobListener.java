package dev.artgen.worker.run;

import dev.artgen.common.messaging.JobRequested;
import dev.artgen.common.messaging.MessageCodec;
import dev.artgen.common.messaging.Topics;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Reads job messages. The listener only claims and hands off, so a poll never waits for a slow
 * provider call: offsets move on as soon as MongoDB holds the claim.
 */
class JobListener {

    private final MessageCodec codec;
    private final JobRunner runner;

    JobListener(MessageCodec codec, JobRunner runner) {
        this.codec = codec;
        this.runner = runner;
    }

    @KafkaListener(id = "artgen-jobs", topics = Topics.JOBS, groupId = "${artgen.worker.group:artgen-workers}")
    void onJobRequested(String message) throws InterruptedException {
        // An unreadable message throws UnreadableMessage, which the error handler dead-letters at once.
        JobRequested requested = codec.read(message, JobRequested.class);
        if (requested.jobId() == null || requested.jobId().isBlank()) {
            throw new MessageCodec.UnreadableMessage("no job_id", null);
        }
        runner.offer(requested.jobId());
    }
}
