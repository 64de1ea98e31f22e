package com.ecommerce.events.compat;

import static com.ecommerce.events.compat.SchemaFixtures.enumType;
import static com.ecommerce.events.compat.SchemaFixtures.field;
import static com.ecommerce.events.compat.SchemaFixtures.file;
import static com.ecommerce.events.compat.SchemaFixtures.message;
import static com.ecommerce.events.compat.SchemaFixtures.messageField;
import static com.ecommerce.events.compat.SchemaFixtures.order;
import static com.ecommerce.events.compat.SchemaFixtures.orders;
import static com.ecommerce.events.compat.SchemaFixtures.repeated;
import static com.ecommerce.events.compat.SchemaFixtures.reservedFields;
import static com.ecommerce.events.compat.SchemaFixtures.reservedValues;
import static com.ecommerce.events.compat.SchemaFixtures.schema;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Type;
import com.google.protobuf.DescriptorProtos.FileDescriptorProto;
import com.google.protobuf.DescriptorProtos.SourceCodeInfo;
import java.util.List;
import org.junit.jupiter.api.Test;

class SchemaCompatibilityTest {

    @Test
    void acceptsUnchangedSchema() {
        assertThat(problems(orders(), orders())).isEmpty();
    }

    @Test
    void acceptsNewMessagesEnumsAndFields() {
        FileDescriptorProto.Builder current = withOrder(order().addField(field("note", 6, Type.TYPE_STRING)))
                .addMessageType(message("Shipment", field("event_id", 1, Type.TYPE_STRING)))
                .addEnumType(enumType("Carrier", "CARRIER_UNSPECIFIED"));

        assertThat(problems(orders(), current)).isEmpty();
    }

    @Test
    void acceptsNewEnumValue() {
        FileDescriptorProto.Builder current = orders()
                .setEnumType(0, enumType("Status", "STATUS_UNSPECIFIED", "OPEN", "CLOSED", "ARCHIVED"));

        assertThat(problems(orders(), current)).isEmpty();
    }

    @Test
    void acceptsRemovedFieldWhoseNumberIsReserved() {
        FileDescriptorProto.Builder current = withOrder(order().removeField(1).addReservedRange(reservedFields(2, 2)));

        assertThat(problems(orders(), current)).isEmpty();
    }

    @Test
    void acceptsRemovedEnumValueWhoseNumberIsReserved() {
        FileDescriptorProto.Builder current = orders().setEnumType(0,
                enumType("Status", "STATUS_UNSPECIFIED", "OPEN").addReservedRange(reservedValues(2, 2)));

        assertThat(problems(orders(), current)).isEmpty();
    }

    @Test
    void acceptsCommentChanges() {
        SourceCodeInfo comments = SourceCodeInfo.newBuilder().addLocation(SourceCodeInfo.Location.newBuilder()
                .addPath(4).addPath(0).setLeadingComments(" An order, now documented.\n")).build();

        assertThat(problems(orders(), orders().setSourceCodeInfo(comments))).isEmpty();
    }

    @Test
    void acceptsMessageMovedToAnotherFileOfTheSamePackage() {
        FileDescriptorProto.Builder rest = orders().removeMessageType(0);
        FileDescriptorProto.Builder moved = file("shop/v1/order.proto").addMessageType(order());

        assertThat(SchemaCompatibility.problems(schema(orders()), schema(rest, moved))).isEmpty();
    }

    @Test
    void rejectsRemovedMessage() {
        FileDescriptorProto.Builder current = orders().removeMessageType(0);

        assertThat(problems(orders(), current))
                .containsExactly("message shop.v1.Order was removed; released messages must stay");
    }

    @Test
    void rejectsRemovedEnum() {
        assertThat(problems(orders(), orders().clearEnumType()))
                .contains("enum shop.v1.Status was removed; released enums must stay");
    }

    @Test
    void rejectsFieldNumberChange() {
        FileDescriptorProto.Builder current = withOrder(order().setField(1, field("quantity", 6, Type.TYPE_INT32)));

        assertThat(problems(orders(), current)).containsExactly(
                "shop.v1.Order: field 2 'quantity' was removed without reserving its number; add 'reserved 2;'");
    }

    @Test
    void rejectsRemovedFieldWithoutReservation() {
        FileDescriptorProto.Builder current = withOrder(order().removeField(2));

        assertThat(problems(orders(), current)).containsExactly(
                "shop.v1.Order: field 3 'total' was removed without reserving its number; add 'reserved 3;'");
    }

    @Test
    void rejectsFieldNumberReuse() {
        FileDescriptorProto.Builder current = withOrder(order().setField(1, field("weight", 2, Type.TYPE_INT32)));

        assertThat(problems(orders(), current)).containsExactly(
                "shop.v1.Order: field 2 'quantity' is now used by field 'weight'; a field number must never be reused");
    }

    @Test
    void rejectsReuseOfReservedFieldNumber() {
        DescriptorProto.Builder released = order().removeField(1).addReservedRange(reservedFields(2, 2));
        DescriptorProto.Builder current = order().removeField(1).addField(field("weight", 2, Type.TYPE_INT32));

        assertThat(problems(withOrder(released), withOrder(current))).containsExactly(
                "shop.v1.Order: field 2 'weight' uses a number reserved in the released schema");
    }

    @Test
    void rejectsSingularFieldBecomingRepeated() {
        FileDescriptorProto.Builder current = withOrder(order().setField(1, repeated(field("quantity", 2, Type.TYPE_INT32))));

        assertThat(problems(orders(), current))
                .containsExactly("shop.v1.Order: field 2 'quantity' changed cardinality from singular to repeated");
    }

    @Test
    void rejectsRepeatedFieldBecomingSingular() {
        FileDescriptorProto.Builder current = withOrder(order().setField(3, field("tags", 4, Type.TYPE_STRING)));

        assertThat(problems(orders(), current))
                .containsExactly("shop.v1.Order: field 4 'tags' changed cardinality from repeated to singular");
    }

    @Test
    void rejectsChangeToAnotherMessageType() {
        FileDescriptorProto.Builder current = withOrder(order().setField(2, messageField("total", 3, ".shop.v1.Price")));

        assertThat(problems(orders(), current)).containsExactly("shop.v1.Order: field 3 'total' changed type "
                + "from .shop.v1.Money to .shop.v1.Price, which is not wire-compatible");
    }

    @Test
    void rejectsRemovedEnumValueWithoutReservation() {
        FileDescriptorProto.Builder current = orders().setEnumType(0, enumType("Status", "STATUS_UNSPECIFIED", "OPEN"));

        assertThat(problems(orders(), current)).containsExactly(
                "shop.v1.Status: value 2 'CLOSED' was removed without reserving its number; add 'reserved 2;'");
    }

    @Test
    void rejectsEnumValueNumberChange() {
        FileDescriptorProto.Builder current = orders().setEnumType(0,
                enumType("Status", "STATUS_UNSPECIFIED", "OPEN", "CLOSED").setValue(2,
                        orders().getEnumType(0).getValue(2).toBuilder().setNumber(7)));

        assertThat(problems(orders(), current))
                .containsExactly("shop.v1.Status: value 'CLOSED' changed number from 2 to 7");
    }

    @Test
    void checksNestedMessagesAndEnums() {
        DescriptorProto.Builder withLine = order().addNestedType(message("Line", field("sku", 1, Type.TYPE_STRING)));
        DescriptorProto.Builder lineChanged = order().addNestedType(message("Line", field("sku", 1, Type.TYPE_INT64)));

        assertThat(problems(withOrder(withLine), withOrder(lineChanged))).containsExactly(
                "shop.v1.Order.Line: field 1 'sku' changed type from string to int64, which is not wire-compatible");
    }

    @Test
    void reportsEveryProblemAtOnce() {
        FileDescriptorProto.Builder current = withOrder(order().removeField(4).removeField(0)).clearEnumType();

        assertThat(problems(orders(), current)).hasSize(3);
    }

    static List<String> problems(FileDescriptorProto.Builder released, FileDescriptorProto.Builder current) {
        return SchemaCompatibility.problems(schema(released), schema(current));
    }

    static FileDescriptorProto.Builder withOrder(DescriptorProto.Builder order) {
        return orders().setMessageType(0, order);
    }
}
