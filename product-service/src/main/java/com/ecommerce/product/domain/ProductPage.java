package com.ecommerce.product.domain;

import java.util.List;

/** The ids of one page of a listing, in listing order, and how many products match in total. */
public record ProductPage(List<Long> ids, long total) {

    public ProductPage {
        ids = List.copyOf(ids);
    }
}
