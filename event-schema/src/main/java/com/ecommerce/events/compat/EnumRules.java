package com.ecommerce.events.compat;

import com.google.protobuf.DescriptorProtos.EnumDescriptorProto;
import com.google.protobuf.DescriptorProtos.EnumDescriptorProto.EnumReservedRange;
import com.google.protobuf.DescriptorProtos.EnumValueDescriptorProto;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Compares one released enum with its current version. Enum values travel as numbers: a value's
 * number must not change, and a removed value's number must stay reserved so it is never reused.
 */
final class EnumRules {

    private EnumRules() {
    }

    static void compare(String name, EnumDescriptorProto before, EnumDescriptorProto after, List<String> problems) {
        Map<String, EnumValueDescriptorProto> byName = after.getValueList().stream()
                .collect(Collectors.toMap(EnumValueDescriptorProto::getName, Function.identity()));
        Set<Integer> numbers = after.getValueList().stream()
                .map(EnumValueDescriptorProto::getNumber)
                .collect(Collectors.toSet());
        for (EnumValueDescriptorProto old : before.getValueList()) {
            EnumValueDescriptorProto now = byName.get(old.getName());
            if (now != null && now.getNumber() != old.getNumber()) {
                problems.add("%s: value '%s' changed number from %d to %d"
                        .formatted(name, old.getName(), old.getNumber(), now.getNumber()));
            } else if (now == null && !numbers.contains(old.getNumber())
                    && !isReserved(after.getReservedRangeList(), old.getNumber())) {
                problems.add("%s: value %d '%s' was removed without reserving its number; add 'reserved %d;'"
                        .formatted(name, old.getNumber(), old.getName(), old.getNumber()));
            }
        }
    }

    // EnumReservedRange: start and end both inclusive (unlike message reserved ranges).
    private static boolean isReserved(List<EnumReservedRange> ranges, int number) {
        return ranges.stream().anyMatch(range -> range.getStart() <= number && number <= range.getEnd());
    }
}
