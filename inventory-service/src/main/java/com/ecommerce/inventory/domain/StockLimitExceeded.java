package com.ecommerce.inventory.domain;

/** An increase would take a counter past what the database column holds. */
public class StockLimitExceeded extends RuntimeException {

    public StockLimitExceeded(ProductId productId) {
        super("Stock of product " + productId + " would exceed " + Integer.MAX_VALUE + " units");
    }
}
