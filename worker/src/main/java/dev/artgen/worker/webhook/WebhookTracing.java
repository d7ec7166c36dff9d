package dev.artgen.worker.webhook;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Carries a job's trace across the deliveries collection: the intake keeps the event's W3C
 * {@code traceparent}, and the courier sends the call in a child span of it, with that span's
 * {@code traceparent} header, so the receiver can join the job's trace.
 */
class WebhookTracing {

    static final String HEADER = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    WebhookTracing(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    /** The current trace context as a {@code traceparent} value, or null outside any trace. */
    String current() {
        TraceContext context = tracer.currentTraceContext().context();
        if (context == null) {
            return null;
        }
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(HEADER);
    }

    /** Makes {@code call} in a client span continuing {@code traceparent}, whose context goes into {@code headers}. */
    <T> T inSpan(String traceparent, Map<String, String> headers, Supplier<T> call) {
        if (traceparent == null) {
            return call.get();
        }
        Span span = propagator
                .extract(Map.of(HEADER, traceparent), (carrier, key) -> carrier.get(key))
                .name("webhook delivery")
                .kind(Span.Kind.CLIENT)
                .start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            propagator.inject(span.context(), headers, Map::put);
            return call.get();
        } finally {
            span.end();
        }
    }
}
