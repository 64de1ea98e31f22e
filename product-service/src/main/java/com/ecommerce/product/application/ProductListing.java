package com.ecommerce.product.application;

import java.io.Serializable;
import java.util.List;

/** One page of a product listing and the number of products matching in total. */
public record ProductListing(List<ProductView> products, long total) implements Serializable {

    public ProductListing {
        products = List.copyOf(products);
    }
}
