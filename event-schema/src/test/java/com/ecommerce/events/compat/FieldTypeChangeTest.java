package com.ecommerce.events.compat;

import static com.ecommerce.events.compat.SchemaFixtures.field;
import static com.ecommerce.events.compat.SchemaFixtures.file;
import static com.ecommerce.events.compat.SchemaFixtures.message;
import static com.ecommerce.events.compat.SchemaFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

class FieldTypeChangeTest {

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "TYPE_INT32, TYPE_INT64", "TYPE_INT64, TYPE_UINT64", "TYPE_UINT32, TYPE_BOOL", "TYPE_ENUM, TYPE_INT32",
        "TYPE_SINT32, TYPE_SINT64", "TYPE_FIXED32, TYPE_SFIXED32", "TYPE_FIXED64, TYPE_SFIXED64",
        "TYPE_STRING, TYPE_BYTES", "TYPE_BYTES, TYPE_STRING"})
    void acceptsTypeChangeWithinOneWireGroup(Type from, Type to) {
        assertThat(problems(from, to)).isEmpty();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @CsvSource({
        "TYPE_INT32, TYPE_SINT32", "TYPE_SINT64, TYPE_INT64", "TYPE_INT32, TYPE_FIXED32",
        "TYPE_FIXED32, TYPE_FIXED64", "TYPE_FLOAT, TYPE_FIXED32", "TYPE_DOUBLE, TYPE_FIXED64",
        "TYPE_INT64, TYPE_DOUBLE", "TYPE_STRING, TYPE_INT32", "TYPE_BYTES, TYPE_MESSAGE", "TYPE_ENUM, TYPE_STRING"})
    void rejectsTypeChangeAcrossWireGroups(Type from, Type to) {
        assertThat(problems(from, to)).singleElement().asString()
                .startsWith("shop.v1.Probe: field 1 'value' changed type from ")
                .endsWith(", which is not wire-compatible");
    }

    private static List<String> problems(Type from, Type to) {
        return SchemaCompatibility.problems(probe(from), probe(to));
    }

    private static FileDescriptorSet probe(Type type) {
        FieldDescriptorProto value = field("value", 1, type);
        if (type == Type.TYPE_ENUM || type == Type.TYPE_MESSAGE) {
            value = value.toBuilder().setTypeName(".shop.v1.Named").build();
        }
        return schema(file("shop/v1/probe.proto").addMessageType(message("Probe", value)));
    }
}
