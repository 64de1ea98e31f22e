package com.ecommerce.inventory.web;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.inventory.application.InvariantReport;
import com.ecommerce.inventory.application.StockInvariants;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/** The stock invariants, for operators and for the system tests' after-run check. */
@RestController
@AdminOnly
class InvariantController {

    private final StockInvariants invariants;

    InvariantController(StockInvariants invariants) {
        this.invariants = invariants;
    }

    @GetMapping("/api/v1/inventory/invariants")
    InvariantReport invariants() {
        return invariants.check();
    }
}
