package com.ecommerce.inventory.domain;

import static com.ecommerce.inventory.domain.StockFixtures.NOW;
import static com.ecommerce.inventory.domain.StockFixtures.stockWith;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

class StockTest {

    @Test
    void increaseAddsToAvailableOnly() {
        Stock stock = stockWith(5, 2, 1);

        Levels before = stock.adjust(new Adjustment(Adjustment.Type.INCREASE, 10, "delivery"), NOW);

        assertThat(before).isEqualTo(new Levels(5, 2, 1));
        assertThat(stock.levels()).isEqualTo(new Levels(15, 2, 1));
    }

    @Test
    void decreaseTakesFromAvailableDownToZero() {
        Stock stock = stockWith(5, 2, 0);

        stock.adjust(new Adjustment(Adjustment.Type.DECREASE, 5, "damaged"), NOW);

        assertThat(stock.levels()).isEqualTo(new Levels(0, 2, 0));
    }

    @Test
    void refusesToDecreaseBelowZeroEvenWithReservedUnits() {
        Stock stock = stockWith(3, 10, 0);

        assertThatThrownBy(() -> stock.adjust(new Adjustment(Adjustment.Type.DECREASE, 4, null), NOW))
                .isInstanceOfSatisfying(InsufficientStock.class, e -> {
                    assertThat(e.requested()).isEqualTo(4);
                    assertThat(e.available()).isEqualTo(3);
                });
        assertThat(stock.levels()).isEqualTo(new Levels(3, 10, 0));
    }

    @Test
    void refusesAnIncreaseThatOverflowsTheCounters() {
        Stock stock = stockWith(Integer.MAX_VALUE - 5, 3, 0);

        assertThatThrownBy(() -> stock.adjust(new Adjustment(Adjustment.Type.INCREASE, 3, null), NOW))
                .isInstanceOf(StockLimitExceeded.class);
    }

    @Test
    void adjustmentNeedsAPositiveQuantityAndAType() {
        assertThatThrownBy(() -> new Adjustment(Adjustment.Type.INCREASE, 0, null))
                .isInstanceOf(IllegalArgumentException.class);
        assertThatThrownBy(() -> new Adjustment(null, 1, null)).isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void levelsAreNeverNegative() {
        assertThatThrownBy(() -> new Levels(-1, 0, 0)).isInstanceOf(IllegalArgumentException.class);
        assertThat(new Levels(1, 2, 3).stocked()).isEqualTo(6);
        assertThat(new Levels(1, 2, 3).onHand()).isEqualTo(3);
    }

    @Test
    void everyChangeKnowsTheLevelsBeforeIt() {
        Levels after = new Levels(7, 3, 2);

        assertThat(StockChange.RESERVE.before(after, 2)).isEqualTo(new Levels(9, 1, 2));
        assertThat(StockChange.CONFIRM.before(after, 2)).isEqualTo(new Levels(7, 5, 0));
        assertThat(StockChange.RESTOCK.before(after, 2)).isEqualTo(new Levels(5, 3, 4));
        assertThat(StockChange.CONFIRM.changesAvailable()).isFalse();
    }
}
