package com.ecommerce.order.domain;

import com.ecommerce.defaults.id.IdGenerator;

/** An order's TSID; clients see the 13-character string form. */
public record OrderId(long value) {

    /** Parses the client-facing form; anything that is not a TSID is {@link InvalidOrderId}. */
    public static OrderId of(String text) {
        try {
            return new OrderId(IdGenerator.decode(text));
        } catch (IllegalArgumentException e) {
            throw new InvalidOrderId(text);
        }
    }

    public String text() {
        return IdGenerator.encode(value);
    }

    @Override
    public String toString() {
        return text();
    }
}
