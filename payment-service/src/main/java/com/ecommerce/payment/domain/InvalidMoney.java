package com.ecommerce.payment.domain;

/** An amount or currency that cannot be charged exactly (unknown currency, too many decimals). */
public class InvalidMoney extends IllegalArgumentException {

    public InvalidMoney(String message) {
        super(message);
    }
}
