package com.ecommerce.product.web;

import java.util.Arrays;
import java.util.List;

import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.product.domain.CategoryNotFound;
import com.ecommerce.product.domain.ProductNotFound;
import com.ecommerce.product.domain.UnknownCategory;

/**
 * TSID strings from clients. A malformed id in a path cannot name anything, so it answers like an
 * unknown one (404); in a body or query it is invalid input.
 */
final class Ids {

    private Ids() {
    }

    static long productPath(String id) {
        try {
            return IdGenerator.decode(id);
        } catch (IllegalArgumentException e) {
            throw new ProductNotFound(id);
        }
    }

    static long categoryPath(String id) {
        try {
            return IdGenerator.decode(id);
        } catch (IllegalArgumentException e) {
            throw new CategoryNotFound(id);
        }
    }

    /** A category named in a request body: malformed is as unknown as absent (422). */
    static long categoryReference(String id) {
        try {
            return IdGenerator.decode(id);
        } catch (IllegalArgumentException e) {
            throw new UnknownCategory(id);
        }
    }

    static Long categoryFilter(String id) {
        return id == null || id.isBlank() ? null : parse("categoryId", id);
    }

    /** Comma-separated and/or repeated {@code ids}; Spring already splits on commas. */
    static List<Long> productList(List<String> ids) {
        return ids.stream().flatMap(s -> Arrays.stream(s.split(","))).map(String::strip)
                .filter(s -> !s.isEmpty()).map(s -> parse("ids", s)).toList();
    }

    private static long parse(String field, String id) {
        try {
            return IdGenerator.decode(id);
        } catch (IllegalArgumentException e) {
            throw new InvalidRequest(field, "'" + id + "' is not a valid id");
        }
    }
}
