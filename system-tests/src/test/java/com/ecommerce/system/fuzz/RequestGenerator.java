package com.ecommerce.system.fuzz;

import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;

import tools.jackson.databind.json.JsonMapper;

/**
 * Requests generated from the API documents. Request {@code i} of a run depends only on the seed
 * and {@code i}: the same seed gives the same requests however the run interleaves them, so a
 * failure names a request that can be regenerated and sent again.
 */
final class RequestGenerator {

    private static final JsonMapper JSON = JsonMapper.builder().build();
    private static final List<String> CONTENT_TYPES = List.of("text/plain", "application/xml",
            "application/x-www-form-urlencoded", "application/json; charset=ebcdic", "multipart/form-data; boundary=x",
            "application/json;charset=UTF-16");
    private static final List<String> OTHER_METHODS = List.of("GET", "POST", "PUT", "PATCH", "DELETE");
    private static final List<String> BROKEN_BODIES = List.of("{", "[", "{\"a\":", "not json", "\u0000", "{}}",
            "[" + "[".repeat(2_000), "{\"items\":[" + "{},".repeat(500) + "{}]}", "\"\"", "null", "12", "\uFEFF{}");

    private final long seed;
    private final List<ApiOperation> operations;
    private final Personas personas;

    RequestGenerator(long seed, List<ApiOperation> operations, Personas personas) {
        this.seed = seed;
        this.operations = operations;
        this.personas = personas;
    }

    FuzzRequest generate(int index) {
        Random random = new Random(seed * 1_000_003L + index);
        ApiOperation operation = operations.get(random.nextInt(operations.size()));
        FuzzRequest.Persona persona = FuzzRequest.Persona.values()[random.nextInt(3)];
        Values.Mode mode = random.nextDouble() < 0.4 ? Values.Mode.VALID
                : random.nextBoolean() ? Values.Mode.BOUNDARY : Values.Mode.INVALID;
        IdPool ids = persona == FuzzRequest.Persona.ADMIN ? personas.adminIds() : personas.customerIds();
        Values values = new Values(random, mode, ids);

        String path = path(operation, values, ids, random);
        String query = query(operation, values);
        List<String> headers = new ArrayList<>();
        String token = personas.token(persona, index);
        if (token != null && !(mode == Values.Mode.INVALID && values.chance(0.1))) {
            headers.addAll(List.of("Authorization", "Bearer " + token));
        } else if (mode == Values.Mode.INVALID && values.chance(0.3)) {
            headers.addAll(List.of("Authorization", values.pick(List.of("Bearer", "Bearer x.y.z", "Basic YWRtaW46YWRtaW4=",
                    "Bearer eyJhbGciOiJub25lIn0.eyJzdWIiOiIxIiwicm9sZXMiOlsiQURNSU4iXX0.", "Bearer " + "A".repeat(4_000)))));
        }
        for (ApiOperation.Parameter header : operation.parameters()) {
            if ("header".equals(header.in()) && (header.required() || values.chance(0.7))) {
                headers.addAll(List.of(header.name(), printable(values.text(header.schema(), header.name()))));
            }
        }
        String body = null;
        if (operation.body() != null) {
            body = mode == Values.Mode.INVALID && values.chance(0.2) ? values.pick(BROKEN_BODIES)
                    : JSON.writeValueAsString(values.of(operation.body(), null));
            String type = mode != Values.Mode.VALID && values.chance(0.1) ? values.pick(CONTENT_TYPES) : "application/json";
            headers.addAll(List.of("Content-Type", type));
        }
        String method = mode == Values.Mode.INVALID && values.chance(0.05) ? values.pick(OTHER_METHODS) : operation.method();
        return new FuzzRequest(index, persona, operation, method, path + query, List.copyOf(headers), body);
    }

    private static String path(ApiOperation operation, Values values, IdPool ids, Random random) {
        String path = operation.path();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            if ("path".equals(parameter.in())) {
                String id = values.mode() == Values.Mode.VALID || values.chance(0.5)
                        ? ids.forPath(operation.path(), parameter.name(), random) : null;
                String value = id != null ? id : values.text(parameter.schema(), parameter.name());
                path = path.replace("{" + parameter.name() + "}", encode(value.isEmpty() ? " " : value));
            }
        }
        return path;
    }

    private static String query(ApiOperation operation, Values values) {
        StringBuilder query = new StringBuilder();
        for (ApiOperation.Parameter parameter : operation.parameters()) {
            if ("query".equals(parameter.in()) && (parameter.required() || values.chance(0.5))) {
                query.append(query.isEmpty() ? '?' : '&').append(encode(parameter.name())).append('=')
                        .append(encode(values.text(parameter.schema(), parameter.name())));
            }
        }
        if (values.mode() != Values.Mode.VALID && values.chance(0.15)) {
            // Paging and sorting the documents do not always list: Spring binds them anyway.
            String name = values.pick(List.of("sort", "page", "size", "sort"));
            query.append(query.isEmpty() ? '?' : '&').append(name).append('=').append(encode(values.pick(Values.HOSTILE)));
        }
        return query.toString();
    }

    /** Header values must be visible ASCII for the client to send them; the hostile part is kept where it can be. */
    private static String printable(String value) {
        String ascii = value.codePoints().filter(c -> c >= 0x20 && c < 0x7f)
                .collect(StringBuilder::new, StringBuilder::appendCodePoint, StringBuilder::append).toString();
        return ascii.length() > 2_000 ? ascii.substring(0, 2_000) : ascii;
    }

    private static String encode(String value) {
        return URLEncoder.encode(value, StandardCharsets.UTF_8).replace("+", "%20");
    }
}
