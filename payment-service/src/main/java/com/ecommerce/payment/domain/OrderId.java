package com.ecommerce.payment.domain;

import java.util.regex.Pattern;

/** The order a payment belongs to (a TSID string issued by order-service); also the provider idempotency key. */
public record OrderId(String value) {

    private static final Pattern TOKEN = Pattern.compile("[A-Za-z0-9_-]{1,64}");

    public OrderId {
        if (value == null || !TOKEN.matcher(value).matches()) {
            throw new InvalidIdentifier("order id", value);
        }
    }

    public static OrderId of(String value) {
        return new OrderId(value);
    }

    @Override
    public String toString() {
        return value;
    }
}
