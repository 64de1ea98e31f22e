package com.ecommerce.order.messaging;

import static org.assertj.core.api.Assertions.assertThat;

import com.ecommerce.events.inventory.v1.StockReserved;
import com.ecommerce.events.order.v1.OrderCancelled;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.ecommerce.events.order.v1.OrderDelivered;
import com.ecommerce.events.order.v1.OrderPlaced;
import com.ecommerce.events.order.v1.OrderShipped;
import com.ecommerce.order.application.OrderChanged;

import org.junit.jupiter.api.Test;

class LiveOrderEventsListenerTest {

    private static final OrderChanged CHANGED = new OrderChanged("0CUSTOMER0001", "0ORDER0000001");

    @Test
    void everyOrderEventNamesItsCustomerAndOrder() {
        assertThat(LiveOrderEventsListener.changed(OrderPlaced.newBuilder().setCustomerId("0CUSTOMER0001")
                .setOrderId("0ORDER0000001").build())).contains(CHANGED);
        assertThat(LiveOrderEventsListener.changed(OrderConfirmed.newBuilder().setCustomerId("0CUSTOMER0001")
                .setOrderId("0ORDER0000001").build())).contains(CHANGED);
        assertThat(LiveOrderEventsListener.changed(OrderCancelled.newBuilder().setCustomerId("0CUSTOMER0001")
                .setOrderId("0ORDER0000001").build())).contains(CHANGED);
        assertThat(LiveOrderEventsListener.changed(OrderShipped.newBuilder().setCustomerId("0CUSTOMER0001")
                .setOrderId("0ORDER0000001").build())).contains(CHANGED);
        assertThat(LiveOrderEventsListener.changed(OrderDelivered.newBuilder().setCustomerId("0CUSTOMER0001")
                .setOrderId("0ORDER0000001").build())).contains(CHANGED);
    }

    @Test
    void otherMessagesAndEventsWithoutACustomerAreIgnored() {
        assertThat(LiveOrderEventsListener.changed(StockReserved.newBuilder().setOrderId("0ORDER0000001").build()))
                .isEmpty();
        assertThat(LiveOrderEventsListener.changed(OrderConfirmed.newBuilder().setOrderId("0ORDER0000001").build()))
                .isEmpty();
    }
}
