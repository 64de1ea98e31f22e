package com.ecommerce.inventory.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class DemandTest {

    private static final ProductId A = ProductId.of("A");
    private static final ProductId B = ProductId.of("B");

    @Test
    void repeatedLinesOfOneProductAddUp() {
        Demand demand = Demand.of(List.of(new Demand.Line(A, 2), new Demand.Line(A, 3)));

        assertThat(demand.lines()).containsExactly(new Demand.Line(A, 5));
    }

    @Test
    void linesComeInProductIdOrderWhateverTheRequestOrder() {
        Demand demand = Demand.of(List.of(new Demand.Line(B, 1), new Demand.Line(A, 1)));

        assertThat(demand.lines()).extracting(Demand.Line::productId).containsExactly(A, B);
    }

    @Test
    void aNonPositiveLineKeepsTheProductInvalidWhateverItIsAddedTo() {
        Demand demand = Demand.of(List.of(new Demand.Line(A, 5), new Demand.Line(A, -1)));

        assertThat(demand.lines().getFirst().valid()).isFalse();
    }

    @Test
    void quantitiesBeyondAnIntAreInvalidNotWrappedAround() {
        Demand demand = Demand.of(List.of(new Demand.Line(A, Integer.MAX_VALUE), new Demand.Line(A, 1)));

        assertThat(demand.lines().getFirst().valid()).isFalse();
        assertThat(demand.lines().getFirst().units()).isEqualTo(Integer.MAX_VALUE);
    }

    @Test
    void anOrderReservesAtLeastOneLine() {
        assertThatThrownBy(() -> Demand.of(List.of())).isInstanceOf(IllegalArgumentException.class);
    }
}
