package com.ecommerce.product.domain;

/** Another live category already uses this slug. */
public class SlugTaken extends RuntimeException {

    private final String slug;

    public SlugTaken(String slug) {
        super("The slug '" + slug + "' is already used by another category.");
        this.slug = slug;
    }

    public String slug() {
        return slug;
    }
}
