package com.ecommerce.order.web;

import java.io.IOException;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Supplier;

import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.order.application.OrderChanged;
import com.ecommerce.order.application.OrderQueries;
import com.ecommerce.order.application.OrderView;
import com.ecommerce.order.config.OrderProperties;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderNotFound;

import org.springframework.context.event.ContextClosedEvent;
import org.springframework.context.event.EventListener;
import org.springframework.http.MediaType;
import org.springframework.scheduling.annotation.Scheduled;
import org.springframework.stereotype.Component;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/**
 * The open live streams of this instance, by customer. A stream starts with the customer's
 * newest orders, then gets an {@code order} event with the whole order each time one of them
 * changes. Every event is read from the database when it is sent, and a stream's sends are
 * serialised, so a client never sees an older state of an order after a newer one.
 */
@Component
class OrderStreams {

    static final String EVENT = "order";

    private final OrderQueries queries;
    private final OrderProperties.Live limits;
    private final Map<String, Set<Stream>> byCustomer = new ConcurrentHashMap<>();
    private final AtomicInteger open = new AtomicInteger();

    OrderStreams(OrderQueries queries, OrderProperties properties) {
        this.queries = queries;
        this.limits = properties.live();
    }

    SseEmitter open(CurrentUser caller) {
        if (open.incrementAndGet() > limits.maxStreams()) {
            open.decrementAndGet();
            throw new TooManyOrderStreams(TooManyOrderStreams.Scope.INSTANCE);
        }
        Stream stream = new Stream(caller.id(), new SseEmitter(limits.timeout().toMillis()));
        try {
            // compute: atomic per customer, so a stream closing at the same moment cannot drop
            // the set this one is added to. A refusal thrown here leaves the map unchanged.
            byCustomer.compute(caller.id(), (id, streams) -> {
                Set<Stream> mine = streams == null ? ConcurrentHashMap.newKeySet() : streams;
                if (mine.size() >= limits.maxPerCustomer()) {
                    throw new TooManyOrderStreams(TooManyOrderStreams.Scope.CUSTOMER);
                }
                mine.add(stream);
                return mine;
            });
        } catch (TooManyOrderStreams e) {
            open.decrementAndGet();
            throw e;
        }
        stream.emitter.onCompletion(() -> close(stream));
        stream.emitter.onTimeout(() -> close(stream));
        stream.emitter.onError(e -> close(stream));
        // Registered first, then the snapshot: a change committed meanwhile is in the snapshot
        // or arrives as an event after it, never lost between the two.
        stream.send(() -> queries.mine(caller.id(), 0, limits.snapshot()).getContent().reversed());
        return stream.emitter;
    }

    @EventListener
    void on(OrderChanged changed) {
        Set<Stream> streams = byCustomer.get(changed.customerId());
        if (streams == null || streams.isEmpty()) {
            return;
        }
        CurrentUser owner = new CurrentUser(changed.customerId(), Set.of(CurrentUser.CUSTOMER));
        OrderId id = OrderId.of(changed.orderId());
        streams.forEach(stream -> stream.send(() -> current(id, owner)));
    }

    /** Comment lines on idle streams: proxies and the gateway close connections silent for too long. */
    @Scheduled(fixedDelayString = "${ecommerce.order.live.keepalive:15s}")
    void keepalive() {
        byCustomer.values().forEach(streams -> streams.forEach(Stream::keepalive));
    }

    /**
     * On shutdown, before the web server's graceful stop: an open stream is a request in progress,
     * which the server would otherwise wait for until its timeout (30 s). Clients reconnect to
     * another instance, or to this one once it is back, and start from the snapshot again.
     */
    @EventListener(ContextClosedEvent.class)
    void closeAll() {
        byCustomer.values().forEach(streams -> streams.forEach(stream -> stream.emitter.complete()));
    }

    private List<OrderView> current(OrderId id, CurrentUser owner) {
        try {
            return List.of(queries.order(id, owner));
        } catch (OrderNotFound e) {
            return List.of();
        }
    }

    private void close(Stream stream) {
        byCustomer.computeIfPresent(stream.customerId, (id, streams) -> {
            if (streams.remove(stream)) {
                open.decrementAndGet();
            }
            return streams.isEmpty() ? null : streams;
        });
    }

    private final class Stream {

        private final String customerId;
        private final SseEmitter emitter;

        Stream(String customerId, SseEmitter emitter) {
            this.customerId = customerId;
            this.emitter = emitter;
        }

        synchronized void send(Supplier<List<OrderView>> orders) {
            try {
                for (OrderView order : orders.get()) {
                    emitter.send(SseEmitter.event().name(EVENT).id(order.id())
                            .data(OrderResponse.of(order), MediaType.APPLICATION_JSON));
                }
            } catch (IOException | IllegalStateException e) {
                drop(e);
            }
        }

        synchronized void keepalive() {
            try {
                emitter.send(SseEmitter.event().comment("keepalive"));
            } catch (IOException | IllegalStateException e) {
                drop(e);
            }
        }

        /** The client went away (or the stream completed): forget it. */
        private void drop(Exception e) {
            close(this);
            emitter.completeWithError(e);
        }
    }
}
