package com.ecommerce.events.compat;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecommerce.events.EventSchema;
import com.ecommerce.events.compat.SchemaCompatibilityCheck.IncompatibleSchema;
import com.google.protobuf.DescriptorProtos.DescriptorProto;
import com.google.protobuf.DescriptorProtos.FieldDescriptorProto;
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

    /** The baseline had OrderPlaced.order_id at 9; the current schema has it at 3: old readers would lose it. */
    @Test
    void failsTheBuildStepWhenAReleasedFieldNumberChanged() throws IOException {
        Path baseline = dir.resolve("baseline.txtpb");
        SchemaBaseline.write(baseline, withOrderPlacedField("order_id",
                field -> field.setNumber(9)));

        assertThatThrownBy(() -> SchemaCompatibilityCheck.main(new String[] {baseline.toString(), "false"}))
                .isInstanceOf(IncompatibleSchema.class)
                .hasMessageContaining("ecommerce.order.v1.OrderPlaced");
    }

    /** The baseline had OrderPlaced.order_id as int64; the current string would not decode for old readers. */
    @Test
    void failsTheBuildStepWhenAReleasedFieldTypeChanged() throws IOException {
        Path baseline = dir.resolve("baseline.txtpb");
        SchemaBaseline.write(baseline, withOrderPlacedField("order_id",
                field -> field.setType(FieldDescriptorProto.Type.TYPE_INT64)));

        assertThatThrownBy(() -> SchemaCompatibilityCheck.main(new String[] {baseline.toString(), "false"}))
                .isInstanceOf(IncompatibleSchema.class)
                .hasMessageContaining("ecommerce.order.v1.OrderPlaced");
    }

    /** The current schema with one field of the released OrderPlaced message changed by {@code change}. */
    private static FileDescriptorSet withOrderPlacedField(String fieldName,
            java.util.function.Consumer<FieldDescriptorProto.Builder> change) {
        FileDescriptorSet.Builder set = EventSchema.descriptorSet().toBuilder();
        for (var file : set.getFileBuilderList()) {
            if (!file.getPackage().equals("ecommerce.order.v1")) {
                continue;
            }
            for (DescriptorProto.Builder message : file.getMessageTypeBuilderList()) {
                if (message.getName().equals("OrderPlaced")) {
                    message.getFieldBuilderList().stream().filter(f -> f.getName().equals(fieldName))
                            .findFirst().ifPresent(change);
                    return set.build();
                }
            }
        }
        throw new IllegalStateException("OrderPlaced is not in the schema");
    }

    private static FileDescriptorSet withReleasedMessage(String name) {
        FileDescriptorSet current = EventSchema.descriptorSet();
        var money = current.getFile(0).toBuilder().addMessageType(DescriptorProto.newBuilder().setName(name));
        return current.toBuilder().setFile(0, money).build();
    }
}
