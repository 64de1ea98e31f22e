package com.ecommerce.events.compat;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import java.util.Locale;
import java.util.Map;

/**
 * Which field type changes an old reader survives. Types in one group share a wire encoding, so a
 * value written as one decodes as the other; anything else is misread or dropped as unknown.
 */
final class FieldTypes {

    private static final Map<Type, String> WIRE_GROUPS = Map.ofEntries(
            Map.entry(Type.TYPE_INT32, "varint"), Map.entry(Type.TYPE_UINT32, "varint"),
            Map.entry(Type.TYPE_INT64, "varint"), Map.entry(Type.TYPE_UINT64, "varint"),
            Map.entry(Type.TYPE_BOOL, "varint"), Map.entry(Type.TYPE_ENUM, "varint"),
            Map.entry(Type.TYPE_SINT32, "zigzag"), Map.entry(Type.TYPE_SINT64, "zigzag"),
            Map.entry(Type.TYPE_FIXED32, "fixed32"), Map.entry(Type.TYPE_SFIXED32, "fixed32"),
            Map.entry(Type.TYPE_FIXED64, "fixed64"), Map.entry(Type.TYPE_SFIXED64, "fixed64"),
            Map.entry(Type.TYPE_FLOAT, "float"), Map.entry(Type.TYPE_DOUBLE, "double"),
            Map.entry(Type.TYPE_STRING, "text"), Map.entry(Type.TYPE_BYTES, "text"));

    private FieldTypes() {
    }

    static boolean wireCompatible(FieldDescriptorProto before, FieldDescriptorProto after) {
        return wireGroup(before).equals(wireGroup(after));
    }

    /** Names the type the way a .proto file spells it, e.g. {@code string} or {@code .ecommerce.common.v1.Money}. */
    static String describe(FieldDescriptorProto field) {
        if (isNamedType(field.getType())) {
            return field.getTypeName();
        }
        return field.getType().name().substring("TYPE_".length()).toLowerCase(Locale.ROOT);
    }

    // A message (or group) is only compatible with itself: another type's fields mean other things.
    private static String wireGroup(FieldDescriptorProto field) {
        Type type = field.getType();
        if (type == Type.TYPE_MESSAGE || type == Type.TYPE_GROUP) {
            return type.name() + ":" + field.getTypeName();
        }
        return WIRE_GROUPS.get(type);
    }

    private static boolean isNamedType(Type type) {
        return type == Type.TYPE_MESSAGE || type == Type.TYPE_GROUP || type == Type.TYPE_ENUM;
    }
}
