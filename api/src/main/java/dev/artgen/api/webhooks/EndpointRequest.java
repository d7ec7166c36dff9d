package dev.artgen.api.webhooks;

import java.util.List;

/**
 * A webhook endpoint as the caller sends it: everything for a registration, any part for a change.
 *
 * @param events event types ({@code job.succeeded}, …, {@code job.completed}); none means all
 * @param enabled only for changes: false stops deliveries, true resumes them and clears the reason
 */
record EndpointRequest(String url, List<String> events, String description, Boolean enabled) {}
