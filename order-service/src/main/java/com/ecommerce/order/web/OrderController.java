package com.ecommerce.order.web;

import java.net.URI;
import java.util.List;

import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.order.application.Checkout;
import com.ecommerce.order.application.OrderCancellation;
import com.ecommerce.order.application.OrderQueries;
import com.ecommerce.order.application.OrderView;
import com.ecommerce.order.domain.OrderId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.data.domain.Page;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestHeader;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;
import org.springframework.web.servlet.mvc.method.annotation.SseEmitter;

/** A customer's orders: checkout, reading one or all of them, cancelling. Foreign orders answer 404. */
@RestController
@RequestMapping("/api/v1/orders")
class OrderController {

    static final String IDEMPOTENCY_KEY = "Idempotency-Key";
    static final String REPLAYED = "Idempotent-Replayed";

    private final Checkout checkout;
    private final OrderQueries queries;
    private final OrderCancellation cancellation;
    private final OrderStreams streams;

    OrderController(Checkout checkout, OrderQueries queries, OrderCancellation cancellation, OrderStreams streams) {
        this.checkout = checkout;
        this.queries = queries;
        this.cancellation = cancellation;
        this.streams = streams;
    }

    /** 201 with the PENDING order; the same Idempotency-Key and body answer the first order again. */
    @PostMapping
    ResponseEntity<OrderResponse> place(@Valid @RequestBody PlaceOrderRequest request,
            @RequestHeader(name = IDEMPOTENCY_KEY, required = false) String idempotencyKey, CurrentUser caller) {
        Checkout.Placement placement = checkout.placeOrder(request.toCommand(caller.id()), idempotencyKey);
        OrderView order = placement.order();
        return ResponseEntity.status(HttpStatus.CREATED).location(URI.create("/api/v1/orders/" + order.id()))
                .header(REPLAYED, String.valueOf(placement.replayed())).body(OrderResponse.of(order));
    }

    @GetMapping("/{orderId}")
    OrderResponse order(@PathVariable String orderId, CurrentUser caller) {
        return OrderResponse.of(queries.order(OrderId.of(orderId), caller));
    }

    /** The caller's orders, newest first: a JSON array (as the seed's clients expect), total in X-Total-Count. */
    @GetMapping("/my")
    ResponseEntity<List<OrderResponse>> mine(@RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size, CurrentUser caller) {
        return paged(queries.mine(caller.id(), page, size));
    }

    /**
     * Server-sent events of the caller's own orders: first the newest ones, then each order again
     * whenever it changes (event {@code order}, the same body as GET /orders/{id}).
     */
    @GetMapping(path = "/my/events", produces = MediaType.TEXT_EVENT_STREAM_VALUE)
    SseEmitter events(CurrentUser caller) {
        return streams.open(caller);
    }

    @PostMapping("/{orderId}/cancel")
    OrderResponse cancel(@PathVariable String orderId, CurrentUser caller) {
        return OrderResponse.of(cancellation.cancel(OrderId.of(orderId), caller));
    }

    static ResponseEntity<List<OrderResponse>> paged(Page<OrderView> page) {
        return ResponseEntity.ok().header("X-Total-Count", String.valueOf(page.getTotalElements()))
                .body(OrderResponse.of(page.getContent()));
    }
}
