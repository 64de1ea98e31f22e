package com.ecommerce.events.compat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;

/** Hand-built descriptors, so each test shows exactly the schema change it judges. */
final class SchemaFixtures {

    static final String PACKAGE = "shop.v1";

    private SchemaFixtures() {
    }

    static FieldDescriptorProto field(String name, int number, Type type) {
        return FieldDescriptorProto.newBuilder()
                .setName(name).setNumber(number).setType(type).setLabel(Label.LABEL_OPTIONAL).build();
    }

    static FieldDescriptorProto messageField(String name, int number, String typeName) {
        return field(name, number, Type.TYPE_MESSAGE).toBuilder().setTypeName(typeName).build();
    }

    static FieldDescriptorProto enumField(String name, int number, String typeName) {
        return field(name, number, Type.TYPE_ENUM).toBuilder().setTypeName(typeName).build();
    }

    static FieldDescriptorProto repeated(FieldDescriptorProto field) {
        return field.toBuilder().setLabel(Label.LABEL_REPEATED).build();
    }

    static DescriptorProto.Builder message(String name, FieldDescriptorProto... fields) {
        DescriptorProto.Builder message = DescriptorProto.newBuilder().setName(name);
        for (FieldDescriptorProto field : fields) {
            message.addField(field);
        }
        return message;
    }

    /** Reserves field numbers {@code start..end} inclusive, as {@code reserved start to end;} does. */
    static DescriptorProto.ReservedRange reservedFields(int start, int end) {
        return DescriptorProto.ReservedRange.newBuilder().setStart(start).setEnd(end + 1).build();
    }

    static EnumDescriptorProto.Builder enumType(String name, String... values) {
        EnumDescriptorProto.Builder type = EnumDescriptorProto.newBuilder().setName(name);
        for (int number = 0; number < values.length; number++) {
            type.addValue(EnumValueDescriptorProto.newBuilder().setName(values[number]).setNumber(number));
        }
        return type;
    }

    static EnumDescriptorProto.EnumReservedRange reservedValues(int start, int end) {
        return EnumDescriptorProto.EnumReservedRange.newBuilder().setStart(start).setEnd(end).build();
    }

    static FileDescriptorProto.Builder file(String name) {
        return FileDescriptorProto.newBuilder().setName(name).setPackage(PACKAGE).setSyntax("proto3");
    }

    static FileDescriptorSet schema(FileDescriptorProto.Builder... files) {
        FileDescriptorSet.Builder set = FileDescriptorSet.newBuilder();
        for (FileDescriptorProto.Builder file : files) {
            set.addFile(file);
        }
        return set.build();
    }

    /** A released schema: one order message with a few field kinds and one enum. */
    static FileDescriptorProto.Builder orders() {
        return file("shop/v1/orders.proto")
                .addMessageType(order())
                .addMessageType(message("Money", field("amount", 1, Type.TYPE_STRING)))
                .addEnumType(enumType("Status", "STATUS_UNSPECIFIED", "OPEN", "CLOSED"));
    }

    static DescriptorProto.Builder order() {
        return message("Order",
                field("event_id", 1, Type.TYPE_STRING),
                field("quantity", 2, Type.TYPE_INT32),
                messageField("total", 3, ".shop.v1.Money"),
                repeated(field("tags", 4, Type.TYPE_STRING)),
                enumField("status", 5, ".shop.v1.Status"));
    }
}
