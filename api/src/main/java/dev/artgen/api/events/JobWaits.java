package dev.artgen.api.events;

import dev.artgen.common.job.Job;
import dev.artgen.common.job.JobView;
import dev.artgen.common.job.Jobs;
import java.time.Duration;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Supplier;
import org.springframework.http.ResponseEntity;
import org.springframework.web.context.request.async.DeferredResult;

/**
 * {@code GET /v1/jobs/{id}} with {@code Prefer: wait=N}: the request is parked as a
 * {@link DeferredResult} (no thread held) and completed by the job-event relay as soon as the job
 * ends, or answered with the job as it is when the wait runs out.
 */
public class JobWaits {

    private final Jobs jobs;
    private final Duration maxWait;
    private final Map<String, Set<Waiter>> waiting = new ConcurrentHashMap<>();

    /** One parked request: the owner is captured up front, the completing thread is not the caller's. */
    private record Waiter(String owner, DeferredResult<ResponseEntity<JobView>> result, String applied) {

        void answer(Job job) {
            result.setResult(ResponseEntity.ok()
                    .header("Preference-Applied", applied)
                    .header("Vary", "Prefer")
                    .body(JobView.of(job)));
        }
    }

    JobWaits(Jobs jobs, Duration maxWait) {
        this.jobs = jobs;
        this.maxWait = maxWait;
    }

    /**
     * Answers once {@code job} is terminal or {@code wanted} (capped) has passed. The caller has
     * already checked that {@code owner} may see the job.
     */
    public DeferredResult<ResponseEntity<JobView>> await(
            Job job, String owner, Duration wanted, Supplier<RuntimeException> notFound) {
        Duration wait = wanted.compareTo(maxWait) > 0 ? maxWait : wanted;
        var result = new DeferredResult<ResponseEntity<JobView>>(Math.max(wait.toMillis(), 1));
        var waiter = new Waiter(owner, result, "wait=" + wait.toSeconds());
        if (job.state().isTerminal() || wait.isZero()) {
            waiter.answer(job);
            return result;
        }
        Set<Waiter> forJob = waiting.computeIfAbsent(job.id(), id -> ConcurrentHashMap.newKeySet());
        forJob.add(waiter);
        result.onCompletion(() -> forget(job.id(), waiter));
        result.onTimeout(() -> jobs.find(job.id())
                .filter(current -> owner.equals(current.owner()))
                .ifPresentOrElse(waiter::answer, () -> result.setErrorResult(notFound.get())));
        // The job may have ended between the caller's read and the registration above; its event
        // would then have gone by unseen, so look once more now that we are listening.
        jobs.find(job.id()).filter(current -> current.state().isTerminal()).ifPresent(waiter::answer);
        return result;
    }

    /** Called for every job event this api instance sees. */
    void jobChanged(Job job) {
        if (!job.state().isTerminal()) {
            return;
        }
        Set<Waiter> forJob = waiting.get(job.id());
        if (forJob != null) {
            forJob.stream().filter(w -> w.owner().equals(job.owner())).forEach(w -> w.answer(job));
        }
    }

    int waiting() {
        return waiting.values().stream().mapToInt(Set::size).sum();
    }

    private void forget(String jobId, Waiter waiter) {
        waiting.computeIfPresent(jobId, (id, set) -> {
            set.remove(waiter);
            return set.isEmpty() ? null : set;
        });
    }
}
