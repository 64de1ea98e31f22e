package com.ecommerce.inventory.domain;

import jakarta.persistence.Column;
import jakarta.persistence.Embeddable;
import jakarta.persistence.EnumType;
import jakarta.persistence.Enumerated;

/**
 * One product of a reservation. For a rejected order it carries why the line was refused and how
 * many units were available then; for a held one both are null.
 */
@Embeddable
public record ReservationLine(
        @Column(name = "product_id") String productId,
        int quantity,
        @Enumerated(EnumType.STRING) RejectionCause rejection,
        @Column(name = "available_seen") Integer availableSeen) {

    public static ReservationLine held(ProductId productId, int quantity) {
        if (quantity <= 0) {
            throw new IllegalArgumentException("a held line has at least one unit");
        }
        return new ReservationLine(productId.value(), quantity, null, null);
    }

    public static ReservationLine rejected(ProductId productId, int quantity, RejectionCause cause, int available) {
        return new ReservationLine(productId.value(), quantity, cause, available);
    }

    public ProductId product() {
        return ProductId.of(productId);
    }
}
