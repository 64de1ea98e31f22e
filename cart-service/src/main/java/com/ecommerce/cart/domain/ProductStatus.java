package com.ecommerce.cart.domain;

/** The catalog's product statuses; only ACTIVE products can be bought. */
public enum ProductStatus {
    DRAFT, ACTIVE, SOLD_OUT, DISCONTINUED
}
