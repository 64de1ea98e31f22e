package com.ecommerce.payment.provider;

import tools.jackson.databind.JsonNode;

/** Lenient reads of Stripe's JSON: absent and non-string fields are null. */
final class StripeJson {

    private StripeJson() {
    }

    static String text(JsonNode node, String field) {
        JsonNode value = node.path(field);
        return value.isString() ? value.stringValue() : null;
    }

    static String firstText(JsonNode node, String... fields) {
        for (String field : fields) {
            String value = text(node, field);
            if (value != null && !value.isBlank()) {
                return value;
            }
        }
        return null;
    }
}
