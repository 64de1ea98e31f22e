package com.ecommerce.payment.web;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.payment.application.PaymentInvariantReport;
import com.ecommerce.payment.application.PaymentInvariants;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The payment invariants, for operators and for the system tests' after-run check. */
@RestController
@AdminOnly
class InvariantController {

    private final PaymentInvariants invariants;

    InvariantController(PaymentInvariants invariants) {
        this.invariants = invariants;
    }

    @GetMapping("/api/v1/payments/invariants")
    PaymentInvariantReport invariants() {
        return invariants.check();
    }
}
