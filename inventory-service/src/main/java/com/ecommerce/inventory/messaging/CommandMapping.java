package com.ecommerce.inventory.messaging;

import com.ecommerce.defaults.messaging.UnprocessableMessage;
import com.ecommerce.events.inventory.v1.ReleaseReason;
import com.ecommerce.inventory.application.ConfirmStock;
import com.ecommerce.inventory.application.ReleaseStock;
import com.ecommerce.inventory.application.ReserveStock;
import com.ecommerce.inventory.domain.Demand;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReleaseCause;

/**
 * Protobuf commands to application commands. A malformed id throws an
 * {@link IllegalArgumentException} and a missing required value {@link UnprocessableMessage}: both
 * go to the dead-letter topic without retries.
 */
final class CommandMapping {

    private CommandMapping() {
    }

    static ReserveStock reserve(com.ecommerce.events.inventory.v1.ReserveStock command) {
        if (command.getLinesCount() == 0) {
            throw new UnprocessableMessage("ReserveStock for order " + command.getOrderId() + " has no lines");
        }
        return new ReserveStock(OrderId.of(command.getOrderId()), command.getLinesList().stream()
                .map(line -> new Demand.Line(ProductId.of(line.getProductId()), line.getQuantity())).toList());
    }

    static ConfirmStock confirm(com.ecommerce.events.inventory.v1.ConfirmStock command) {
        return new ConfirmStock(OrderId.of(command.getOrderId()));
    }

    static ReleaseStock release(com.ecommerce.events.inventory.v1.ReleaseStock command) {
        if (command.getReason() == ReleaseReason.RELEASE_REASON_UNSPECIFIED
                || command.getReason() == ReleaseReason.UNRECOGNIZED) {
            throw new UnprocessableMessage("ReleaseStock for order " + command.getOrderId() + " has no reason");
        }
        return new ReleaseStock(OrderId.of(command.getOrderId()), ReleaseCause.valueOf(command.getReason().name()));
    }
}
