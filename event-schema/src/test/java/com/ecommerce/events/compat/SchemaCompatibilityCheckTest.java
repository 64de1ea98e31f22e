package com.ecommerce.events.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecommerce.events.EventSchema;
import com.ecommerce.events.compat.SchemaCompatibilityCheck.IncompatibleSchema;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class SchemaCompatibilityCheckTest {

    // Surefire runs in the module directory, the same file the build's check reads.
    private static final Path COMMITTED_BASELINE = Path.of("src/main/schema-baseline/ecommerce-events.txtpb");

    @TempDir
    Path dir;

    @Test
    void committedBaselineIsCompatibleWithCurrentSchema() throws IOException {
        FileDescriptorSet baseline = SchemaBaseline.read(COMMITTED_BASELINE);

        assertThat(baseline.getFileCount()).isPositive();
        assertThat(SchemaCompatibility.problems(baseline, EventSchema.descriptorSet())).isEmpty();
    }

    @Test
    void committedBaselineIsExactlyWhatTheUpdateStepWrites() throws IOException {
        String committed = Files.readString(COMMITTED_BASELINE, StandardCharsets.UTF_8);

        assertThat(SchemaBaseline.render(SchemaBaseline.read(COMMITTED_BASELINE))).isEqualTo(committed);
    }

    @Test
    void passesWhenBaselineEqualsCurrentSchema() throws IOException {
        Path baseline = dir.resolve("baseline.txtpb");
        SchemaBaseline.write(baseline, EventSchema.descriptorSet());

        SchemaCompatibilityCheck.main(new String[] {baseline.toString()});
    }

    @Test
    void failsListingEveryProblemWhenCurrentSchemaBreaksBaseline() throws IOException {
        Path baseline = dir.resolve("baseline.txtpb");
        SchemaBaseline.write(baseline, withReleasedMessage("Retired"));

        assertThatThrownBy(() -> SchemaCompatibilityCheck.main(new String[] {baseline.toString(), "false"}))
                .isInstanceOf(IncompatibleSchema.class)
                .hasMessageContaining("1 problem(s)")
                .hasMessageContaining("message ecommerce.common.v1.Retired was removed");
    }

    @Test
    void failsWhenBaselineIsMissing() {
        Path missing = dir.resolve("missing.txtpb");

        assertThatThrownBy(() -> SchemaCompatibilityCheck.main(new String[] {missing.toString()}))
                .isInstanceOf(IncompatibleSchema.class)
                .hasMessageContaining("is missing");
    }

    @Test
    void rewritesBaselineFromCurrentSchemaWhenUpdateIsRequested() throws IOException {
        Path baseline = dir.resolve("baseline.txtpb");
        SchemaBaseline.write(baseline, withReleasedMessage("Retired"));

        SchemaCompatibilityCheck.main(new String[] {baseline.toString(), "true"});

        assertThat(SchemaBaseline.read(baseline)).isEqualTo(EventSchema.descriptorSet());
    }

    private static FileDescriptorSet withReleasedMessage(String name) {
        FileDescriptorSet current = EventSchema.descriptorSet();
        var money = current.getFile(0).toBuilder().addMessageType(DescriptorProto.newBuilder().setName(name));
        return current.toBuilder().setFile(0, money).build();
    }
}
