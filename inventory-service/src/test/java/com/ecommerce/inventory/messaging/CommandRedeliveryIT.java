package com.ecommerce.inventory.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecommerce.defaults.messaging.UnprocessableMessage;
import com.ecommerce.inventory.InventoryIT;
import com.ecommerce.inventory.StockProbe;
import com.ecommerce.inventory.domain.Levels;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReservationFixtures;
import com.ecommerce.inventory.domain.ReservationStatus;
import com.ecommerce.inventory.domain.StockFixtures;
import com.google.protobuf.Message;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * Every command delivered twice (a redelivery: same event id) and replayed (a resend: new event
 * id) has the effect of one delivery.
 */
@InventoryIT
class CommandRedeliveryIT {

    @Autowired
    InventoryCommandListener commands;
    @Autowired
    ProductEventListener products;
    @Autowired
    JdbcClient jdbc;
    StockProbe probe;

    @BeforeEach
    void probe() {
        probe = new StockProbe(jdbc);
    }

    private void deliverTwice(Message command) {
        commands.on(command);
        commands.on(command);
    }

    @Test
    void reserveConfirmAndReleaseDeliveredTwiceChangeStockOnce() {
        ProductId a = probe.stocked(10);
        ProductId b = probe.stocked(10);
        OrderId confirmed = ReservationFixtures.newOrderId();
        OrderId released = ReservationFixtures.newOrderId();

        deliverTwice(Commands.reserve(confirmed, a, 2, b, 1, a, 3));
        commands.on(Commands.reserve(confirmed, a, 2, b, 1, a, 3));
        deliverTwice(Commands.reserve(released, b, 4));
        deliverTwice(Commands.confirm(confirmed));
        commands.on(Commands.confirm(confirmed));
        deliverTwice(Commands.release(released));
        commands.on(Commands.release(released));

        assertThat(probe.levels(a)).isEqualTo(new Levels(5, 0, 5));
        assertThat(probe.levels(b)).isEqualTo(new Levels(9, 0, 1));
        assertThat(probe.historyChanges(a)).containsExactly("RESERVE", "CONFIRM");
        assertThat(probe.historyChanges(b)).containsExactly("RESERVE", "RESERVE", "CONFIRM", "RELEASE");
        assertThat(probe.status(released)).isEqualTo(ReservationStatus.RELEASED);
    }

    @Test
    void aReplayedReserveAfterReleaseDoesNotReserveAgain() {
        ProductId product = probe.stocked(5);
        OrderId order = ReservationFixtures.newOrderId();

        commands.on(Commands.reserve(order, product, 5));
        commands.on(Commands.release(order));
        commands.on(Commands.reserve(order, product, 5));

        assertThat(probe.levels(product)).isEqualTo(new Levels(5, 0, 0));
    }

    @Test
    void aRejectedOrderStaysRejectedWhenReplayedAfterARestock() {
        ProductId product = probe.stocked(1);
        OrderId order = ReservationFixtures.newOrderId();

        deliverTwice(Commands.reserve(order, product, 2));
        jdbc.sql("update stock set available = 10 where product_id = ?").param(product.value()).update();
        commands.on(Commands.reserve(order, product, 2));

        assertThat(probe.status(order)).isEqualTo(ReservationStatus.REJECTED);
        assertThat(probe.levels(product)).isEqualTo(new Levels(10, 0, 0));
    }

    @Test
    void rejectsAllLinesWhenOneCannotBeReservedAndKeepsNothing() {
        ProductId plenty = probe.stocked(10);
        ProductId scarce = probe.stocked(1);
        OrderId order = ReservationFixtures.newOrderId();

        commands.on(Commands.reserve(order, plenty, 3, scarce, 2, StockFixtures.newProductId(), 1));

        assertThat(probe.status(order)).isEqualTo(ReservationStatus.REJECTED);
        assertThat(probe.levels(plenty)).isEqualTo(new Levels(10, 0, 0));
        assertThat(probe.levels(scarce)).isEqualTo(new Levels(1, 0, 0));
        assertThat(probe.historyChanges(plenty)).isEmpty();
    }

    @Test
    void productCreatedTwiceOpensOneRowWithTheInitialStock() {
        ProductId product = StockFixtures.newProductId();

        products.on(Commands.productCreated(product));
        products.on(Commands.productCreated(product));

        assertThat(probe.levels(product)).isEqualTo(new Levels(3, 0, 0));
        assertThat(probe.historyChanges(product)).containsExactly("OPEN");
    }

    @Test
    void commandsThatCanNeverApplyAreUnprocessable() {
        OrderId unknown = ReservationFixtures.newOrderId();

        assertThatThrownBy(() -> commands.on(Commands.confirm(unknown))).isInstanceOf(UnprocessableMessage.class);
        assertThatThrownBy(() -> commands.on(Commands.reserve(unknown))).isInstanceOf(UnprocessableMessage.class);
        assertThatThrownBy(() -> commands.on(Commands.release(unknown).toBuilder().clearReason().build()))
                .isInstanceOf(UnprocessableMessage.class);
        assertThatThrownBy(() -> commands.on(Commands.confirm(unknown).toBuilder().setOrderId("").build()))
                .isInstanceOf(IllegalArgumentException.class);
        assertThat(probe.status(unknown)).isNull();
    }
}
