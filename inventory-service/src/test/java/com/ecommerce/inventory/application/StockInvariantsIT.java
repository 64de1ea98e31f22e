package com.ecommerce.inventory.application;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

import com.ecommerce.inventory.InventoryIT;
import com.ecommerce.inventory.StockProbe;
import com.ecommerce.inventory.domain.Adjustment;
import com.ecommerce.inventory.domain.Demand;
import com.ecommerce.inventory.domain.OrderId;
import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.inventory.domain.ReservationFixtures;
import com.ecommerce.inventory.domain.StockAudit;
import com.ecommerce.inventory.domain.StockFixtures;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * The audit against real rows: stock moved only by the use cases passes, stock changed behind
 * their back is caught. Other tests leave rows without history in this database, so only this
 * test's products are looked at.
 */
@InventoryIT
class StockInvariantsIT {

    @Autowired
    StockInvariants invariants;
    @Autowired
    StockCatalog catalog;
    @Autowired
    StockAdministration administration;
    @Autowired
    StockReservations reservations;
    @Autowired
    JdbcClient jdbc;

    @Test
    void findsNothingWrongWithStockMovedOnlyByTheUseCases() {
        ProductId product = movedByTheUseCases();

        assertThat(violationsOf(product)).isEmpty();
    }

    @Test
    void catchesUnitsThatAppearedOutsideTheHistory() {
        ProductId product = movedByTheUseCases();

        jdbc.sql("update stock set sold = sold + 1 where product_id = ?").param(product.value()).update();

        assertThat(violationsOf(product)).extracting(InvariantReport.Violation::rule)
                .containsExactly(StockAudit.STOCK_NOT_CONSERVED);
    }

    @Test
    void catchesReservedUnitsNoActiveReservationHolds() {
        ProductId product = movedByTheUseCases();

        jdbc.sql("update stock set reserved = reserved + 2, available = available - 2 where product_id = ?")
                .param(product.value()).update();

        assertThat(violationsOf(product)).extracting(InvariantReport.Violation::rule)
                .containsExactly(StockAudit.RESERVED_MISMATCH);
    }

    @Test
    void catchesAStockRowWithoutHistory() {
        ProductId product = new StockProbe(jdbc).stocked(5);

        assertThat(violationsOf(product)).extracting(InvariantReport.Violation::rule)
                .containsExactly(StockAudit.STOCK_NOT_CONSERVED);
        assertThat(invariants.check().products()).isPositive();
    }

    /** Opened with the tests' initial stock, increased, decreased, one order confirmed and one still reserved. */
    private ProductId movedByTheUseCases() {
        ProductId product = StockFixtures.newProductId();
        catalog.open(product);
        administration.adjust(product, new Adjustment(Adjustment.Type.INCREASE, 10, "delivery"), "admin");
        administration.adjust(product, new Adjustment(Adjustment.Type.DECREASE, 2, "damaged"), "admin");
        OrderId sold = ReservationFixtures.newOrderId();
        reservations.reserve(new ReserveStock(sold, List.of(new Demand.Line(product, 3))));
        reservations.confirm(new ConfirmStock(sold));
        reservations.reserve(new ReserveStock(ReservationFixtures.newOrderId(), List.of(new Demand.Line(product, 4))));
        return product;
    }

    private List<InvariantReport.Violation> violationsOf(ProductId product) {
        return invariants.check().violations().stream().filter(v -> v.productId().equals(product.value())).toList();
    }
}
