package com.ecommerce.events;

import com.ecommerce.events.common.v1.MoneyProto;
import com.ecommerce.events.inventory.v1.InventoryCommandsProto;
import com.ecommerce.events.inventory.v1.InventoryEventsProto;
import com.ecommerce.events.order.v1.OrderEventsProto;
import com.ecommerce.events.payment.v1.PaymentCommandsProto;
import com.ecommerce.events.payment.v1.PaymentEventsProto;
import com.ecommerce.events.product.v1.ProductEventsProto;
import com.google.protobuf.DescriptorProtos.FileDescriptorSet;
import com.google.protobuf.Descriptors.FileDescriptor;
import java.util.List;

/**
 * The current schema: the file descriptors compiled into this module's generated classes.
 * Everything else (the type registry, the compatibility check) derives from this one list, and a
 * test fails when a {@code .proto} file under {@code src/main/proto} is missing from it.
 */
public final class EventSchema {

    private static final List<FileDescriptor> FILES = List.of(
            MoneyProto.getDescriptor(),
            ProductEventsProto.getDescriptor(),
            OrderEventsProto.getDescriptor(),
            InventoryCommandsProto.getDescriptor(),
            InventoryEventsProto.getDescriptor(),
            PaymentCommandsProto.getDescriptor(),
            PaymentEventsProto.getDescriptor());

    private EventSchema() {
    }

    /**
     * @return this module's proto files (imports such as {@code google/protobuf/timestamp.proto} excluded)
     */
    public static List<FileDescriptor> files() {
        return FILES;
    }

    /**
     * @return the current schema as a descriptor set, in {@link #files()} order
     */
    public static FileDescriptorSet descriptorSet() {
        FileDescriptorSet.Builder set = FileDescriptorSet.newBuilder();
        FILES.forEach(file -> set.addFile(file.toProto()));
        return set.build();
    }
}
