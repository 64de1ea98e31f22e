package com.ecommerce.system.fuzz;

import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;

import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

/**
 * Values for a JSON schema, drawn from one seeded {@link Random}: valid ones (what the schema
 * allows, with real ids where a field names one), boundary ones (at and just past each limit) and
 * invalid ones (wrong types, hostile strings, fields nobody asked for).
 */
final class Values {

    enum Mode { VALID, BOUNDARY, INVALID }

    /** Strings that have broken parsers, queries and encoders elsewhere. */
    static final List<String> HOSTILE = List.of("", " ", "null", "-1", "0", "1e309", "NaN", "9223372036854775808",
            "' OR '1'='1", "\"; drop table orders; --", "<script>alert(1)</script>", "../../../etc/passwd",
            "%00", "\u0000", "a\u0000b", "\u202eevil", "\uD83D\uDE00", "\uFFFF", "${jndi:ldap://127.0.0.1/x}",
            "{\"$gt\":\"\"}", "true", "[]", "{}", "ü".repeat(300), "x".repeat(5_000), "\\", "\r\n", "%s%n%x");

    /** Fields a client might add hoping the server binds them: none of them may take effect. */
    static final List<String> MASS_ASSIGNMENT = List.of("price", "status", "userId", "customerId", "roles", "role",
            "admin", "id", "totalAmount", "amount", "soldQuantity", "createdAt", "ownerId");

    private static final JsonNodeFactory NODES = JsonNodeFactory.instance;

    private final Random random;
    private final Mode mode;
    private final IdPool ids;

    Values(Random random, Mode mode, IdPool ids) {
        this.random = random;
        this.mode = mode;
        this.ids = ids;
    }

    Mode mode() {
        return mode;
    }

    /** A value for {@code schema}; {@code name} is the field or parameter it is for (ids are chosen by name). */
    JsonNode of(JsonNode schema, String name) {
        if (mode == Mode.INVALID && chance(0.25)) {
            return invalid(schema);
        }
        return switch (type(schema)) {
            case "object" -> object(schema);
            case "array" -> array(schema, name);
            case "integer" -> NODES.numberNode(integer(schema));
            case "number" -> NODES.numberNode(number(schema));
            case "boolean" -> NODES.booleanNode(random.nextBoolean());
            default -> NODES.stringNode(string(schema, name));
        };
    }

    /** A value for a path, query or header parameter, as text. */
    String text(JsonNode schema, String name) {
        if (mode != Mode.VALID && chance(0.3)) {
            return pick(HOSTILE);
        }
        JsonNode value = of(schema, name);
        if (value.isArray()) {
            return value.isEmpty() ? "" : plain(value.get(0));
        }
        return plain(value);
    }

    private static String plain(JsonNode value) {
        return value.isValueNode() ? value.asString() : value.toString();
    }

    private ObjectNode object(JsonNode schema) {
        ObjectNode object = NODES.objectNode();
        Set<String> required = ApiDocuments.names(schema.path("required"));
        for (Map.Entry<String, JsonNode> field : schema.path("properties").properties()) {
            boolean include = required.contains(field.getKey()) ? !(mode == Mode.INVALID && chance(0.15)) : chance(0.7);
            if (include) {
                object.set(field.getKey(), mode == Mode.INVALID && chance(0.05) ? NODES.nullNode()
                        : of(field.getValue(), field.getKey()));
            }
        }
        if (mode != Mode.VALID && chance(0.3)) {
            String extra = pick(MASS_ASSIGNMENT);
            object.set(extra, switch (extra) {
                case "roles" -> NODES.arrayNode().add("ADMIN");
                case "admin" -> NODES.booleanNode(true);
                case "userId", "customerId", "ownerId" -> NODES.stringNode(ids.victimUserId());
                case "status" -> NODES.stringNode(pick(List.of("CONFIRMED", "DELIVERED", "CAPTURED", "REFUNDED")));
                default -> NODES.numberNode(new BigDecimal("0.01"));
            });
        }
        return object;
    }

    private ArrayNode array(JsonNode schema, String name) {
        int min = schema.path("minItems").asInt(0);
        int max = Math.min(schema.path("maxItems").asInt(5), 1_000);
        int size = switch (mode) {
            case VALID -> min + random.nextInt(Math.max(1, Math.min(max, 3) - min + 1));
            case BOUNDARY -> pick(List.of(min, max, Math.max(0, min - 1), max + 1));
            case INVALID -> random.nextInt(max + 2);
        };
        ArrayNode array = NODES.arrayNode();
        JsonNode items = schema.path("items");
        for (int i = 0; i < size; i++) {
            array.add(of(items, singular(name)));
        }
        return array;
    }

    private long integer(JsonNode schema) {
        long min = schema.has("minimum") ? schema.get("minimum").asLong() : 0;
        long max = schema.has("maximum") ? schema.get("maximum").asLong() : min + 100;
        return switch (mode) {
            case VALID -> min + (long) (random.nextDouble() * (Math.min(max, min + 1_000) - min + 1));
            case BOUNDARY -> pick(List.of(min, max, min - 1, max + 1, 0L, -1L, (long) Integer.MAX_VALUE + 1));
            case INVALID -> pick(List.of(Long.MIN_VALUE, Long.MAX_VALUE, -1L, 0L, (long) Integer.MIN_VALUE));
        };
    }

    private BigDecimal number(JsonNode schema) {
        return switch (mode) {
            case VALID -> BigDecimal.valueOf(random.nextInt(100_000), 2);
            case BOUNDARY -> pick(List.of(BigDecimal.ZERO, new BigDecimal("-0.01"), new BigDecimal("0.001"),
                    new BigDecimal("99999999999999999999.99")));
            case INVALID -> pick(List.of(new BigDecimal("-1E+400"), new BigDecimal("1E+400"), new BigDecimal("1E-400")));
        };
    }

    private String string(JsonNode schema, String name) {
        if (schema.has("enum")) {
            List<String> values = schema.get("enum").valueStream().map(JsonNode::asString).toList();
            return mode == Mode.VALID || chance(0.5) ? pick(values) : pick(List.of("", "unknown", values.get(0).toLowerCase()));
        }
        if (mode == Mode.VALID || chance(0.5)) {
            String id = ids.forName(name, random);
            if (id != null) {
                return id;
            }
        }
        int min = schema.path("minLength").asInt(0);
        int max = schema.path("maxLength").asInt(40);
        if (mode == Mode.BOUNDARY) {
            return "b".repeat(pick(List.of(min, max, max + 1, Math.max(0, min - 1))));
        }
        if (mode == Mode.INVALID && chance(0.5)) {
            return pick(HOSTILE);
        }
        return switch (schema.path("format").asString("")) {
            case "email" -> "fuzz-" + random.nextInt(1_000_000_000) + "@example.com";
            case "uuid" -> new java.util.UUID(random.nextLong(), random.nextLong()).toString();
            case "date-time" -> "2026-12-0" + (1 + random.nextInt(9)) + "T10:00:00Z";
            case "uri" -> "https://example.com/" + random.nextInt(1000);
            default -> {
                if (schema.has("pattern") && name.toLowerCase().contains("phone")) {
                    yield "010-" + (1000 + random.nextInt(9000)) + "-" + (1000 + random.nextInt(9000));
                }
                yield word(Math.max(min, Math.min(max, 1 + random.nextInt(12))));
            }
        };
    }

    private JsonNode invalid(JsonNode schema) {
        return switch (random.nextInt(6)) {
            case 0 -> NODES.nullNode();
            case 1 -> NODES.stringNode(pick(HOSTILE));
            case 2 -> NODES.numberNode(new BigDecimal("1E+400"));
            case 3 -> NODES.booleanNode(true);
            case 4 -> NODES.arrayNode().add(NODES.objectNode());
            default -> "object".equals(type(schema)) ? NODES.stringNode("{}") : NODES.objectNode().put("nested", pick(HOSTILE));
        };
    }

    private String word(int length) {
        StringBuilder word = new StringBuilder();
        for (int i = 0; i < length; i++) {
            word.append((char) ('a' + random.nextInt(26)));
        }
        return word.toString();
    }

    private static String type(JsonNode schema) {
        if (schema.has("type")) {
            return schema.get("type").asString();
        }
        return schema.has("properties") ? "object" : "string";
    }

    private static String singular(String name) {
        return name != null && name.endsWith("s") ? name.substring(0, name.length() - 1) : name;
    }

    boolean chance(double p) {
        return random.nextDouble() < p;
    }

    <T> T pick(List<T> values) {
        return values.get(random.nextInt(values.size()));
    }
}
