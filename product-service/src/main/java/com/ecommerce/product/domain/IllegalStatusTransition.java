package com.ecommerce.product.domain;

/** The product's current status does not allow the requested one. */
public class IllegalStatusTransition extends RuntimeException {

    private final ProductStatus from;
    private final ProductStatus to;

    public IllegalStatusTransition(ProductStatus from, ProductStatus to) {
        super("A product cannot move from " + from + " to " + to + ".");
        this.from = from;
        this.to = to;
    }

    public ProductStatus from() {
        return from;
    }

    public ProductStatus to() {
        return to;
    }
}
