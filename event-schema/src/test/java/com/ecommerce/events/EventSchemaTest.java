package com.ecommerce.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.protobuf.Descriptors.Descriptor;
import com.google.protobuf.Descriptors.EnumDescriptor;
import com.google.protobuf.Descriptors.FieldDescriptor;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/** Guards the schema's conventions, which protoc alone does not enforce. */
class EventSchemaTest {

    private static final Path PROTO_ROOT = Path.of("src/main/proto");
    private static final Set<String> VALUE_TYPES = Set.of(
            "ecommerce.common.v1.Money", "ecommerce.order.v1.OrderLine",
            "ecommerce.inventory.v1.StockLine", "ecommerce.inventory.v1.RejectedLine");

    @Test
    void includesEveryProtoFileOfTheModule() throws IOException {
        try (Stream<Path> paths = Files.walk(PROTO_ROOT)) {
            List<String> sources = paths.filter(path -> path.toString().endsWith(".proto"))
                    .map(path -> PROTO_ROOT.relativize(path).toString().replace('\\', '/'))
                    .toList();

            assertThat(EventSchema.files()).extracting(FileDescriptor::getName)
                    .containsExactlyInAnyOrderElementsOf(sources);
        }
    }

    @Test
    void everyCommandAndEventStartsWithEventIdAndOccurredAt() {
        messages().filter(type -> !VALUE_TYPES.contains(type.getFullName())).forEach(type -> {
            assertThat(describe(type.findFieldByNumber(1))).as(type.getFullName()).isEqualTo("event_id:STRING");
            assertThat(describe(type.findFieldByNumber(2))).as(type.getFullName())
                    .isEqualTo("occurred_at:google.protobuf.Timestamp");
        });
    }

    @Test
    void everyOrderIdIsFieldThreeAndAString() {
        messages().map(type -> type.findFieldByName("order_id")).filter(field -> field != null)
                .forEach(field -> assertThat(field.getNumber() + ":" + field.getType())
                        .as(field.getFullName()).isEqualTo("3:STRING"));
    }

    @Test
    void everyEnumStartsWithUnspecifiedZero() {
        List<EnumDescriptor> enums = EventSchema.files().stream().flatMap(file -> file.getEnumTypes().stream()).toList();

        assertThat(enums).hasSize(5).allSatisfy(type -> assertThat(type.findValueByNumber(0).getName())
                .isEqualTo(type.getName().replaceAll("([a-z])([A-Z])", "$1_$2").toUpperCase() + "_UNSPECIFIED"));
    }

    @Test
    void idsAreNeverIntegers() {
        messages().flatMap(type -> type.getFields().stream())
                .filter(field -> field.getName().endsWith("_id"))
                .forEach(field -> assertThat(field.getType()).as(field.getFullName()).isEqualTo(FieldDescriptor.Type.STRING));
    }

    private static Stream<Descriptor> messages() {
        return EventSchema.files().stream().flatMap(file -> file.getMessageTypes().stream());
    }

    private static String describe(FieldDescriptor field) {
        if (field == null) {
            return "missing";
        }
        boolean message = field.getType() == FieldDescriptor.Type.MESSAGE;
        return field.getName() + ":" + (message ? field.getMessageType().getFullName() : field.getType().name());
    }
}
