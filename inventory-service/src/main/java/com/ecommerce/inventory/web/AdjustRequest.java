package com.ecommerce.inventory.web;

import com.ecommerce.inventory.domain.Adjustment;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Size;

/** An administrator's stock correction; the bound keeps one request from overflowing a counter. */
record AdjustRequest(
        @NotNull @Min(1) @Max(1_000_000) Integer quantity,
        @NotNull Adjustment.Type changeType,
        @Size(max = 200) String reason) {

    Adjustment toAdjustment() {
        return new Adjustment(changeType, quantity, reason);
    }
}
