package com.ecommerce.inventory.messaging;

import com.ecommerce.defaults.messaging.UnprocessableMessage;
import com.ecommerce.defaults.messaging.inbox.Inbox;
import com.ecommerce.events.inventory.v1.ConfirmStock;
import com.ecommerce.events.inventory.v1.ReleaseStock;
import com.ecommerce.events.inventory.v1.ReserveStock;
import com.ecommerce.inventory.application.ReservationNotFound;
import com.ecommerce.inventory.application.StockReservations;
import com.ecommerce.inventory.config.InventoryProperties;
import com.google.protobuf.Message;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The saga's commands: decoded, deduplicated by the inbox, applied by {@link StockReservations}.
 * Commands are keyed by order id, so one order's commands arrive in order.
 */
@Component
class InventoryCommandListener {

    private final Inbox inbox;
    private final StockReservations reservations;
    private final String consumer;

    InventoryCommandListener(Inbox inbox, StockReservations reservations, InventoryProperties properties) {
        this.inbox = inbox;
        this.reservations = reservations;
        this.consumer = properties.consumerGroup();
    }

    @KafkaListener(topics = "${ecommerce.inventory.topics.commands:inventory.commands.v1}",
            groupId = "${ecommerce.inventory.consumer-group:inventory-service}",
            concurrency = "${ecommerce.inventory.command-concurrency:3}")
    void on(Message command) {
        switch (command) {
            case ReserveStock reserve -> {
                var decoded = CommandMapping.reserve(reserve);
                inbox.receive(consumer, command, () -> reservations.reserve(decoded));
            }
            case ConfirmStock confirm -> {
                var decoded = CommandMapping.confirm(confirm);
                try {
                    inbox.receive(consumer, command, () -> reservations.confirm(decoded));
                } catch (ReservationNotFound e) {
                    throw new UnprocessableMessage(e.getMessage(), e);
                }
            }
            case ReleaseStock release -> {
                var decoded = CommandMapping.release(release);
                inbox.receive(consumer, command, () -> reservations.release(decoded));
            }
            default -> throw new UnprocessableMessage("Not an inventory command: " + command.getDescriptorForType());
        }
    }
}
