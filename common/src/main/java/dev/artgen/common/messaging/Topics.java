package dev.artgen.common.messaging;

/** The Kafka topics that cross the api/worker boundary. */
public final class Topics {

    /** "Job X wants running": keyed by job id, the worker reads the job itself from MongoDB. */
    public static final String JOBS = "artgen.jobs";

    /** Job messages no worker could read, kept for inspection and re-queueing. */
    public static final String JOBS_DEAD_LETTER = "artgen.jobs.dlt";

    /** One event per job state change, keyed by job id so a job's events stay in order. */
    public static final String JOB_EVENTS = "artgen.job-events";

    private Topics() {}
}
