package dev.artgen.infra.bench.consumption;

import org.apache.kafka.clients.admin.Admin;

/** One way of consuming slow jobs from Kafka, started against a fresh topic and group. */
interface ConsumptionModel {

    /** Short label for the results table. */
    String name();

    /** Group-level setup that must happen before any record is produced (share groups need it). */
    default void prepareGroup(Admin admin, String groupId) throws Exception {}

    /**
     * Starts consuming {@code topic} as {@code groupId}, running each job through {@code tracker}
     * with at most {@code maxInFlight} provider calls at once; closing the handle stops consumption.
     */
    Running start(String bootstrapServers, String topic, String groupId, int maxInFlight, JobTracker tracker)
            throws Exception;

    /** A started model; {@code note} reports anything the table should mention (e.g. members that never joined). */
    interface Running extends AutoCloseable {

        default String note() {
            return "";
        }

        @Override
        void close() throws Exception;
    }
}
