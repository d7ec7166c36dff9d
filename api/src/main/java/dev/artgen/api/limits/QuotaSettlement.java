package dev.artgen.api.limits;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.Usage;
import dev.artgen.common.messaging.JobEvent;
import dev.artgen.common.messaging.MessageCodec;
import dev.artgen.common.messaging.Topics;
import dev.artgen.common.quota.Amount;
import dev.artgen.common.quota.Quotas;
import dev.artgen.common.usage.UsageLedger;
import java.time.Clock;
import org.springframework.kafka.annotation.KafkaListener;

/**
 * Settles a job's reservation when it ends. All api instances share one consumer group, so each
 * event is settled by one of them; settling is idempotent, so a redelivered event does no harm.
 */
class QuotaSettlement {

    private final Quotas quotas;
    private final UsageLedger ledger;
    private final MessageCodec codec;
    private final Clock clock;

    QuotaSettlement(Quotas quotas, UsageLedger ledger, MessageCodec codec, Clock clock) {
        this.quotas = quotas;
        this.ledger = ledger;
        this.codec = codec;
        this.clock = clock;
    }

    @KafkaListener(
            id = "artgen-quota-settlement",
            topics = Topics.JOB_EVENTS,
            groupId = "artgen-api-quota-settlement",
            properties = "auto.offset.reset=earliest")
    void onEvent(String message) {
        JobEvent event = codec.jobEvent(message).orElse(null);
        if (event == null) {
            return;
        }
        if (event.state().isTerminal()) {
            settle(event.job());
        }
    }

    /** Actual usage replaces the estimate; a job that failed or was canceled without usage frees it all. */
    void settle(Job job) {
        quotas.settle(job.id(), used(job), clock.instant());
    }

    /** A job that is gone (deleted after it ended): its usage record, kept for accounting, says what it used. */
    void settleGone(String jobId) {
        Amount used = ledger.find(jobId)
                .map(record -> Amount.of(record.images(), record.costUsd()))
                .orElse(Amount.ZERO);
        quotas.settle(jobId, used, clock.instant());
    }

    private static Amount used(Job job) {
        Usage usage = job.usage();
        return usage == null ? Amount.ZERO : Amount.of(usage.images(), usage.costUsd());
    }
}
