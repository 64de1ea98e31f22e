package com.ecommerce.order.web;

import java.time.Duration;
import java.util.List;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.order.application.Fulfilment;
import com.ecommerce.order.application.OrderQueries;
import com.ecommerce.order.application.SagaSupervision;
import com.ecommerce.order.application.StuckSaga;
import com.ecommerce.order.domain.OrderId;
import com.ecommerce.order.domain.OrderStatus;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Administrators: every order by status, fulfilment steps, and the saga supervision levers. */
@RestController
@RequestMapping("/api/v1/orders")
@AdminOnly
class OrderAdminController {

    private final OrderQueries queries;
    private final Fulfilment fulfilment;
    private final SagaSupervision supervision;

    OrderAdminController(OrderQueries queries, Fulfilment fulfilment, SagaSupervision supervision) {
        this.queries = queries;
        this.fulfilment = fulfilment;
        this.supervision = supervision;
    }

    @GetMapping
    ResponseEntity<List<OrderResponse>> all(@RequestParam(required = false) OrderStatus status,
            @RequestParam(defaultValue = "0") @Min(0) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return OrderController.paged(queries.all(status, page, size));
    }

    @PostMapping("/{orderId}/ship")
    OrderResponse ship(@PathVariable String orderId) {
        return OrderResponse.of(fulfilment.ship(OrderId.of(orderId)));
    }

    @PostMapping("/{orderId}/deliver")
    OrderResponse deliver(@PathVariable String orderId) {
        return OrderResponse.of(fulfilment.deliver(OrderId.of(orderId)));
    }

    /** Pending sagas older than {@code olderThanSeconds} and finished ones with unsettled money, oldest first. */
    @GetMapping("/sagas/stuck")
    List<StuckSaga> stuck(@RequestParam(defaultValue = "60") @Min(0) @Max(604_800) long olderThanSeconds,
            @RequestParam(defaultValue = "100") @Min(1) @Max(500) int limit) {
        return supervision.stuck(Duration.ofSeconds(olderThanSeconds), limit);
    }

    @PostMapping("/{orderId}/saga/retry")
    OrderResponse retry(@PathVariable String orderId) {
        return OrderResponse.of(supervision.retry(OrderId.of(orderId)));
    }

    @PostMapping("/{orderId}/saga/compensate")
    OrderResponse compensate(@PathVariable String orderId) {
        return OrderResponse.of(supervision.compensate(OrderId.of(orderId)));
    }
}
