package com.ecommerce.inventory.domain;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/** How long a reservation holds stock, and the clock it is measured with. */
public record ReservationTerms(Duration ttl, Clock clock) {

    public ReservationTerms {
        if (ttl == null || ttl.isNegative() || ttl.isZero()) {
            throw new IllegalArgumentException("a reservation lives for a positive time");
        }
        if (clock == null) {
            throw new IllegalArgumentException("a clock is required");
        }
    }

    public Instant now() {
        return clock.instant();
    }

    public Instant expiryFrom(Instant now) {
        return now.plus(ttl);
    }
}
