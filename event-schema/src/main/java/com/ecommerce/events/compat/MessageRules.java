package com.ecommerce.events.compat;

import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.DescriptorProto.ReservedRange;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto.Label;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares one released message with its current version, field number by field number: the number
 * is what travels on the wire, so it must keep its name, type and cardinality for as long as it
 * exists, and stay reserved once its field is gone.
 */
final class MessageRules {

    private MessageRules() {
    }

    static void compare(String name, DescriptorProto before, DescriptorProto after, List<String> problems) {
        Map<Integer, FieldDescriptorProto> current = after.getFieldList().stream()
                .collect(Collectors.toMap(FieldDescriptorProto::getNumber, Function.identity()));
        for (FieldDescriptorProto old : before.getFieldList()) {
            FieldDescriptorProto now = current.get(old.getNumber());
            if (now == null) {
                checkRemoval(name, old, after, problems);
            } else {
                compareField(name, old, now, problems);
            }
        }
        checkReservedNumbersStayUnused(name, before, after, problems);
    }

    private static void checkRemoval(String name, FieldDescriptorProto old, DescriptorProto after,
            List<String> problems) {
        if (!isReserved(after.getReservedRangeList(), old.getNumber())) {
            problems.add("%s: field %d '%s' was removed without reserving its number; add 'reserved %d;'"
                    .formatted(name, old.getNumber(), old.getName(), old.getNumber()));
        }
    }

    private static void compareField(String name, FieldDescriptorProto old, FieldDescriptorProto now,
            List<String> problems) {
        String field = "%s: field %d '%s'".formatted(name, old.getNumber(), old.getName());
        if (!old.getName().equals(now.getName())) {
            problems.add("%s is now used by field '%s'; a field number must never be reused"
                    .formatted(field, now.getName()));
        }
        if (isRepeated(old) != isRepeated(now)) {
            problems.add("%s changed cardinality from %s to %s"
                    .formatted(field, cardinality(old), cardinality(now)));
        }
        if (!FieldTypes.wireCompatible(old, now)) {
            problems.add("%s changed type from %s to %s, which is not wire-compatible"
                    .formatted(field, FieldTypes.describe(old), FieldTypes.describe(now)));
        }
    }

    // The baseline holds only the reservation, not the retired field, so a reused reserved number
    // would otherwise slip past the field-by-field comparison.
    private static void checkReservedNumbersStayUnused(String name, DescriptorProto before, DescriptorProto after,
            List<String> problems) {
        for (FieldDescriptorProto now : after.getFieldList()) {
            if (isReserved(before.getReservedRangeList(), now.getNumber())) {
                problems.add("%s: field %d '%s' uses a number reserved in the released schema"
                        .formatted(name, now.getNumber(), now.getName()));
            }
        }
    }

    // DescriptorProto.ReservedRange: start inclusive, end exclusive.
    private static boolean isReserved(List<ReservedRange> ranges, int number) {
        return ranges.stream().anyMatch(range -> range.getStart() <= number && number < range.getEnd());
    }

    private static boolean isRepeated(FieldDescriptorProto field) {
        return field.getLabel() == Label.LABEL_REPEATED;
    }

    private static String cardinality(FieldDescriptorProto field) {
        return isRepeated(field) ? "repeated" : "singular";
    }
}
