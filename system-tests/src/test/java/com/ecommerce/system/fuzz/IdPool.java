package com.ecommerce.system.fuzz;

import java.util.List;
import java.util.Map;
import java.util.Random;

/**
 * Real ids a generated request may name, so requests reach past "not found": by field or path
 * parameter name. Customers and anonymous clients also get the victim's ids (which they must
 * not be able to touch); admins get only ids the fuzzer created, since an admin may rightly
 * change anything.
 */
record IdPool(String victimUserId, Map<String, List<String>> byKind) {

    /** An id for a field or parameter called {@code name}, or null when the name names no kind of id. */
    String forName(String name, Random random) {
        List<String> ids = byKind.get(kind(name));
        return ids == null || ids.isEmpty() ? null : ids.get(random.nextInt(ids.size()));
    }

    /** An id for the path parameter {@code name} of {@code path} (e.g. {@code {id}} of /products/{id}). */
    String forPath(String path, String name, Random random) {
        if (!"id".equals(name)) {
            return forName(name, random);
        }
        for (String kind : List.of("product", "categor", "payment", "user")) {
            if (path.contains("/" + kind)) {
                return forName(kind.equals("categor") ? "categoryId" : kind + "Id", random);
            }
        }
        return null;
    }

    private static String kind(String name) {
        return name == null ? "" : switch (name) {
            case "productId", "product" -> "product";
            case "categoryId", "parentId" -> "category";
            case "orderId" -> "order";
            case "itemId" -> "cartItem";
            case "paymentId" -> "payment";
            case "userId" -> "user";
            case "ids" -> "product";
            default -> "";
        };
    }
}
