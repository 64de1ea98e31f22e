package com.ecommerce.events.compat;

import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.TextFormat;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The released schema, stored as a {@link FileDescriptorSet} in Protobuf text format so a release's
 * schema change shows up as a readable diff in review.
 */
final class SchemaBaseline {

    private static final String HEADER = """
            # Released wire schema of event-schema: the baseline the build checks compatibility against.
            # Generated; do not edit. Rewrite it at a release with:
            #   mvn -pl event-schema install -Dschema.baseline.update=true
            """;

    private SchemaBaseline() {
    }

    static FileDescriptorSet read(Path file) throws IOException {
        FileDescriptorSet.Builder set = FileDescriptorSet.newBuilder();
        TextFormat.getParser().merge(Files.readString(file, StandardCharsets.UTF_8), set);
        return set.build();
    }

    static void write(Path file, FileDescriptorSet set) throws IOException {
        Files.createDirectories(file.toAbsolutePath().getParent());
        Files.writeString(file, render(set), StandardCharsets.UTF_8);
    }

    static String render(FileDescriptorSet set) {
        return HEADER + TextFormat.printer().printToString(set);
    }
}
