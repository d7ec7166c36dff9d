package dev.artgen.common.job;

/** Proof that a worker holds a job: every write it makes is conditional on owner and fence. */
public record Claim(String jobId, String owner, long fence) {

    public static Claim of(Job job) {
        return new Claim(job.id(), job.lease().owner(), job.fence());
    }
}
