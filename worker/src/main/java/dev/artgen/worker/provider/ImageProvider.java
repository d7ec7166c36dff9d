package dev.artgen.worker.provider;

import dev.artgen.common.job.GenerationRequest;
import dev.artgen.common.model.ModelSpec;

/** A source of pictures: the built-in local model, or OpenAI's Image API. */
public interface ImageProvider {

    /** The provider name models carry in the catalogue ({@link ModelSpec#provider()}). */
    String name();

    /**
     * Makes all {@code request.n()} pictures of one job.
     *
     * @throws ProviderFailure classified as transient (worth another attempt) or permanent
     * @throws InterruptedException when the worker is shutting down; the job is left to its lease
     */
    Generation generate(String jobId, GenerationRequest request) throws InterruptedException;
}
