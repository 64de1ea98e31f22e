package com.ecommerce.order.domain;

import java.time.Duration;
import java.time.Instant;

/**
 * How long each saga step waits for its reply before the order is compensated. Stock
 * reservations live longer (15 min) than all steps together, so a deadline fires first.
 */
public record SagaTimeouts(Duration reserve, Duration pay, Duration confirm) {

    public SagaTimeouts {
        if (reserve == null || pay == null || confirm == null
                || reserve.isNegative() || pay.isNegative() || confirm.isNegative()) {
            throw new IllegalArgumentException("saga timeouts must be positive durations");
        }
    }

    public Instant deadline(SagaStep step, Instant now) {
        return switch (step) {
            case RESERVING_STOCK -> now.plus(reserve);
            case AUTHORIZING_PAYMENT -> now.plus(pay);
            case CONFIRMING_STOCK -> now.plus(confirm);
            case COMPLETED -> now;
        };
    }
}
