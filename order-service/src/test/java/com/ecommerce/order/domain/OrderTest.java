package com.ecommerce.order.domain;

import static com.ecommerce.order.domain.OrderFixtures.NOW;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;

import org.junit.jupiter.api.Test;

class OrderTest {

    @Test
    void totalsEveryLineExactly() {
        Order order = OrderFixtures.anOrder().line("P1", "19900.50", 3).line("P2", "0.10", 7).placed();

        assertThat(order.total()).isEqualTo(Money.of("59702.20", "KRW"));
    }

    @Test
    void shipsAConfirmedOrderOnceAndThenDelivers() {
        Order order = OrderFixtures.confirmed();

        assertThat(order.ship(NOW)).isTrue();
        assertThat(order.ship(NOW)).isFalse();
        assertThat(order.deliver(NOW)).isTrue();
        assertThat(order.deliver(NOW)).isFalse();
        assertThat(order.status()).isEqualTo(OrderStatus.DELIVERED);
        assertThat(order.pullEvents()).containsExactly(new Order.Shipped(), new Order.Delivered());
    }

    @Test
    void refusesToShipAPendingOrCancelledOrder() {
        assertThatThrownBy(() -> OrderFixtures.inStep(SagaStep.AUTHORIZING_PAYMENT).ship(NOW))
                .isInstanceOf(IllegalOrderTransition.class);
        assertThatThrownBy(() -> OrderFixtures.cancelledWhilePaying().ship(NOW))
                .isInstanceOf(IllegalOrderTransition.class);
        assertThatThrownBy(() -> OrderFixtures.confirmed().deliver(NOW)).isInstanceOf(IllegalOrderTransition.class);
    }

    @Test
    void refusesAnOrderWithoutLines() {
        assertThatThrownBy(() -> new NewOrder(new OrderId(1), "ORD-1", "C1", List.of(),
                new Shipping("a", "b", "0101234567"), Payment.defaultCard(), false, "KRW"))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void moneyKeepsTwoDecimalsAndRefusesToRoundOrMixCurrencies() {
        assertThat(Money.of("10", "KRW").amount().toPlainString()).isEqualTo("10.00");
        assertThatThrownBy(() -> Money.of("0.001", "KRW")).isInstanceOf(ArithmeticException.class);
        assertThatThrownBy(() -> Money.of("1", "KRW").plus(Money.of("1", "USD")))
                .isInstanceOf(IllegalArgumentException.class);
    }

    @Test
    void orderIdsRoundTripAndMalformedOnesAreRefused() {
        OrderId id = new OrderId(812345678901234567L);

        assertThat(OrderId.of(id.text())).isEqualTo(id);
        assertThatThrownBy(() -> OrderId.of("not-an-id")).isInstanceOf(InvalidOrderId.class);
    }
}
