package com.ecommerce.cart.messaging;

import com.ecommerce.cart.domain.CartOrders.PlacedOrder;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.OrderId;
import com.ecommerce.cart.domain.OrderedItems;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.defaults.messaging.UnprocessableMessage;
import com.ecommerce.events.order.v1.OrderLine;
import com.ecommerce.events.order.v1.OrderPlaced;

/** Protobuf order events to what a cart remembers of an order; a message breaking the schema's rules is unprocessable. */
final class OrderEventMapping {

    private OrderEventMapping() {
    }

    static PlacedOrder placed(OrderPlaced event) {
        if (event.getLinesCount() == 0) {
            throw new UnprocessableMessage("OrderPlaced " + event.getOrderId() + " has no lines");
        }
        OrderedItems.Builder items = new OrderedItems.Builder();
        for (OrderLine line : event.getLinesList()) {
            if (line.getQuantity() < 1) {
                throw new UnprocessableMessage("OrderPlaced " + event.getOrderId() + " has a line without units");
            }
            items.add(ProductId.of(line.getProductId()), line.getQuantity());
        }
        return new PlacedOrder(OrderId.of(event.getOrderId()), CustomerId.of(event.getCustomerId()), items.build());
    }
}
