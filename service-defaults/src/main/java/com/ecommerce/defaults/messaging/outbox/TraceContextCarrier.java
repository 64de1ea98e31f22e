package com.ecommerce.defaults.messaging.outbox;

import java.util.HashMap;
import java.util.Map;
import java.util.function.Supplier;

import io.micrometer.tracing.Span;
import io.micrometer.tracing.TraceContext;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

/**
 * Carries the trace of the request that recorded a message over to the relay thread that
 * publishes it later, so one trace spans HTTP request, outbox and consumer. A no-op when the
 * service runs without tracing.
 */
class TraceContextCarrier {

    private static final String TRACEPARENT = "traceparent";

    private final Tracer tracer;
    private final Propagator propagator;

    TraceContextCarrier(Tracer tracer, Propagator propagator) {
        this.tracer = tracer;
        this.propagator = propagator;
    }

    static TraceContextCarrier disabled() {
        return new TraceContextCarrier(null, null);
    }

    /** The W3C traceparent of the current span, or null. */
    String capture() {
        if (tracer == null || tracer.currentTraceContext().context() == null) {
            return null;
        }
        TraceContext context = tracer.currentTraceContext().context();
        Map<String, String> carrier = new HashMap<>();
        propagator.inject(context, carrier, Map::put);
        return carrier.get(TRACEPARENT);
    }

    /** Runs the action in a child span of the captured context (or plainly without one). */
    <T> T callInContext(String traceparent, String spanName, Supplier<T> action) {
        if (tracer == null || traceparent == null) {
            return action.get();
        }
        Span span = propagator.extract(Map.of(TRACEPARENT, traceparent), Map::get).name(spanName).start();
        try (Tracer.SpanInScope scope = tracer.withSpan(span)) {
            return action.get();
        } finally {
            span.end();
        }
    }
}
