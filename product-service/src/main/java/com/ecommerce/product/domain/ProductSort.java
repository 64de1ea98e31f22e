package com.ecommerce.product.domain;

import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/** Orders a product listing offers; every order ends on the id so pages never overlap. */
public enum ProductSort {
    NEWEST("p.created_at desc, p.id desc", "newest", "createdAt,desc", "latest"),
    OLDEST("p.created_at asc, p.id asc", "oldest", "createdAt,asc"),
    PRICE_ASC("p.sale_price asc, p.id desc", "price,asc", "price_asc", "price"),
    PRICE_DESC("p.sale_price desc, p.id desc", "price,desc", "price_desc"),
    NAME_ASC("p.name asc, p.id desc", "name,asc", "name_asc", "name"),
    NAME_DESC("p.name desc, p.id desc", "name,desc", "name_desc"),
    /** Best keyword match first; without a keyword the same as NEWEST. */
    RELEVANCE("", "relevance");

    private final String orderBy;
    private final List<String> names;

    ProductSort(String orderBy, String... names) {
        this.orderBy = orderBy;
        this.names = List.of(names);
    }

    /** Accepts the names clients send ({@code price,desc}, {@code newest} ...), case-insensitive. */
    public static Optional<ProductSort> parse(String value) {
        String wanted = value.strip().toLowerCase(java.util.Locale.ROOT).replace(" ", "");
        return Arrays.stream(values())
                .filter(s -> s.names.stream().anyMatch(n -> n.equalsIgnoreCase(wanted)))
                .findFirst();
    }

    String orderBy() {
        return orderBy;
    }
}
