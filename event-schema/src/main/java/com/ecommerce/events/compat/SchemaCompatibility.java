package com.ecommerce.events.compat;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import java.util.ArrayList;
import java.util.List;

/**
 * Decides whether a current schema can replace a released one without breaking any producer or
 * consumer still running the released version. Additions (messages, fields, enum values) are always
 * fine; anything that changes the meaning of bytes already on the wire is reported.
 */
final class SchemaCompatibility {

    private SchemaCompatibility() {
    }

    /**
     * @param released the baseline of the last release
     * @param current the schema being built
     * @return one precise message per incompatibility, in baseline order; empty when compatible
     */
    static List<String> problems(FileDescriptorSet released, FileDescriptorSet current) {
        SchemaIndex before = SchemaIndex.of(released);
        SchemaIndex after = SchemaIndex.of(current);
        List<String> problems = new ArrayList<>();
        before.messages().forEach((name, old) -> {
            var now = after.messages().get(name);
            if (now == null) {
                problems.add("message %s was removed; released messages must stay".formatted(name));
            } else {
                MessageRules.compare(name, old, now, problems);
            }
        });
        before.enums().forEach((name, old) -> {
            var now = after.enums().get(name);
            if (now == null) {
                problems.add("enum %s was removed; released enums must stay".formatted(name));
            } else {
                EnumRules.compare(name, old, now, problems);
            }
        });
        return problems;
    }
}
