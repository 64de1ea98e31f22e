package com.ecommerce.order.web;

import java.time.Duration;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.order.application.OrderInvariantReport;
import com.ecommerce.order.application.OrderInvariants;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** The order invariants, for operators and for the system tests' after-run check. */
@RestController
@AdminOnly
class InvariantController {

    private final OrderInvariants invariants;

    InvariantController(OrderInvariants invariants) {
        this.invariants = invariants;
    }

    /** {@code graceSeconds} leaves the deadline sweeper (every second) time to compensate before it counts. */
    @GetMapping("/api/v1/orders/invariants")
    OrderInvariantReport invariants(@RequestParam(defaultValue = "30") @Min(0) @Max(86_400) long graceSeconds) {
        return invariants.check(Duration.ofSeconds(graceSeconds));
    }
}
