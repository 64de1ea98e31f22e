package com.ecommerce.system.fuzz;

import java.util.List;

import tools.jackson.databind.JsonNode;

/**
 * One operation of a service's API document, its references resolved.
 *
 * @param service    the service whose document lists it
 * @param method     HTTP method, upper case
 * @param path       the path template, e.g. {@code /api/v1/orders/{orderId}}
 * @param parameters path, query and header parameters (a query object is already spread into its fields)
 * @param body       the JSON request body's schema, or null when the operation takes none
 */
record ApiOperation(String service, String method, String path, List<Parameter> parameters, JsonNode body) {

    /** @param in {@code path}, {@code query} or {@code header} */
    record Parameter(String name, String in, boolean required, JsonNode schema) {
    }

    @Override
    public String toString() {
        return method + " " + path;
    }
}
