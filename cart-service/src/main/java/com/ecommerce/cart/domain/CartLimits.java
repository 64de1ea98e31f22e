package com.ecommerce.cart.domain;

/**
 * How much one cart may hold: bounds keep a cart (and the order made from it) reasonable and
 * protect counters from overflow.
 *
 * @param maxQuantityPerItem the largest quantity of one item (quantities start at 1)
 * @param maxItems           the largest number of distinct items
 */
public record CartLimits(int maxQuantityPerItem, int maxItems) {

    public CartLimits {
        if (maxQuantityPerItem < 1 || maxItems < 1) {
            throw new IllegalArgumentException("cart limits must be positive");
        }
    }

    /** @throws QuantityOutOfRange unless 1 ≤ quantity ≤ the maximum per item */
    public void checkQuantity(long quantity) {
        if (quantity < 1 || quantity > maxQuantityPerItem) {
            throw new QuantityOutOfRange(quantity, maxQuantityPerItem);
        }
    }
}
