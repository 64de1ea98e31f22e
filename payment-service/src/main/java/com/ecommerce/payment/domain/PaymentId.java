package com.ecommerce.payment.domain;

import com.ecommerce.defaults.id.IdGenerator;

/** A payment's TSID; clients see its 13-character string form. */
public record PaymentId(long value) {

    /** Parses the string form; anything that is not a TSID is an {@link InvalidIdentifier}. */
    public static PaymentId of(String value) {
        try {
            return new PaymentId(IdGenerator.decode(value));
        } catch (IllegalArgumentException e) {
            throw new InvalidIdentifier("payment id", value);
        }
    }

    @Override
    public String toString() {
        return IdGenerator.encode(value);
    }
}
