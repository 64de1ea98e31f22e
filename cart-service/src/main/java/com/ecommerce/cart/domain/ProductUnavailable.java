package com.ecommerce.cart.domain;

/**
 * The product cannot be bought now, so it cannot be added: the cart's copy knows it is not ACTIVE
 * (or deleted), or the catalog does not offer it for sale (status {@value #NOT_OFFERED}).
 */
public class ProductUnavailable extends RuntimeException {

    /**
     * The status reported when the catalog does not show the product to customers: it may be a
     * DRAFT, SOLD_OUT or DISCONTINUED product, or none at all; the catalog answers them alike.
     */
    public static final String NOT_OFFERED = "UNKNOWN";

    private final ProductId productId;
    private final String status;

    public ProductUnavailable(ProductId productId, String status) {
        this(productId, status, "Product " + productId + " is not available (" + status + ").");
    }

    private ProductUnavailable(ProductId productId, String status, String message) {
        super(message);
        this.productId = productId;
        this.status = status;
    }

    /** A product the cart has no copy of and the catalog does not show to customers. */
    public static ProductUnavailable notOffered(ProductId productId) {
        return new ProductUnavailable(productId, NOT_OFFERED, "Product " + productId + " is not available for sale.");
    }

    public ProductId productId() {
        return productId;
    }

    public String status() {
        return status;
    }
}
