package com.ecommerce.events.compat;

import com.ecommerce.events.EventSchema;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;

/**
 * Build step (exec-maven-plugin, phase {@code process-classes}) that fails the build when the schema
 * compiled into this module is not wire-compatible with the committed baseline. With the update flag
 * it rewrites the baseline from the current schema instead; that is the release step.
 *
 * <p>Arguments: {@code <baseline.txtpb> [update: true|false]}.
 */
public final class SchemaCompatibilityCheck {

    private SchemaCompatibilityCheck() {
    }

    /**
     * @param args the baseline file, then optionally {@code true} to rewrite it
     * @throws IOException if the baseline cannot be read or written
     * @throws IncompatibleSchema if the current schema breaks the baseline (fails the Maven build)
     */
    public static void main(String[] args) throws IOException {
        if (args.length < 1 || args.length > 2) {
            throw new IllegalArgumentException("Usage: SchemaCompatibilityCheck <baseline.txtpb> [true|false]");
        }
        Path baseline = Path.of(args[0]);
        boolean update = args.length == 2 && Boolean.parseBoolean(args[1]);
        FileDescriptorSet current = EventSchema.descriptorSet();
        if (update) {
            SchemaBaseline.write(baseline, current);
            System.out.println("[schema] Baseline rewritten from the current schema: " + baseline);
            return;
        }
        check(baseline, current);
        System.out.println("[schema] Wire-compatible with baseline " + baseline);
    }

    static void check(Path baseline, FileDescriptorSet current) throws IOException {
        if (!Files.isRegularFile(baseline)) {
            throw new IncompatibleSchema(List.of("baseline " + baseline + " is missing; create it with "
                    + "-Dschema.baseline.update=true and commit it"));
        }
        List<String> problems = SchemaCompatibility.problems(SchemaBaseline.read(baseline), current);
        if (!problems.isEmpty()) {
            throw new IncompatibleSchema(problems);
        }
    }

    /** The current schema would break consumers or producers of the released one. */
    static final class IncompatibleSchema extends IllegalStateException {

        IncompatibleSchema(List<String> problems) {
            super("Schema is not wire-compatible with the released baseline (" + problems.size()
                    + " problem(s)):\n  - " + String.join("\n  - ", problems)
                    + "\nMake the change compatible (add fields, reserve removed numbers) or move it to a new"
                    + " .v2 message/topic. Only at a release: -Dschema.baseline.update=true");
        }
    }
}
