package com.ecommerce.order.application;

import java.util.List;

import com.ecommerce.order.domain.ProductId;

/** The catalog (product-service) as checkout needs it: one batch read of the ordered products. */
public interface Catalog {

    /**
     * @return the products found, in any order; unknown or hidden ones are left out
     * @throws CatalogUnavailable when the catalog cannot answer in time
     */
    List<CatalogProduct> products(List<ProductId> ids);
}
