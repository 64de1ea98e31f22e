package com.ecommerce.order.domain;

import static com.ecommerce.order.domain.OrderFixtures.NOW;
import static com.ecommerce.order.domain.OrderFixtures.SAGA;
import static com.ecommerce.order.domain.OrderFixtures.inStep;
import static com.ecommerce.order.domain.SagaScenario.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecommerce.order.domain.SagaCommand.AuthorizePayment;
import com.ecommerce.order.domain.SagaCommand.ConfirmStock;
import com.ecommerce.order.domain.SagaCommand.RefundPayment;
import com.ecommerce.order.domain.SagaCommand.ReleaseStock;
import com.ecommerce.order.domain.SagaCommand.ReserveStock;
import com.ecommerce.order.domain.SagaCommand.VoidPayment;
import org.junit.jupiter.api.Test;

/** The checkout saga as steps: given an order in a step, when a reply arrives, expect state and commands. */
class OrderSagaTest {

    private static final Money TOTAL = Money.of("30000", "KRW");

    @Test
    void placingAnOrderReservesItsStock() {
        Order order = OrderFixtures.anOrder().placed();

        given(order).expectState(OrderStatus.PENDING, SagaStep.RESERVING_STOCK, PaymentState.NONE)
                .expectCommands(new ReserveStock(order.lines())).expectEvents(new Order.Placed());
        assertThat(order.total()).isEqualTo(TOTAL);
        assertThat(order.stepDeadline()).isEqualTo(NOW.plusSeconds(30));
    }

    @Test
    void reservedStockIsPaidFor() {
        Order order = inStep(SagaStep.RESERVING_STOCK);

        given(order).when(new SagaReply.StockReserved())
                .expectState(OrderStatus.PENDING, SagaStep.AUTHORIZING_PAYMENT, PaymentState.AUTHORIZING)
                .expectCommands(new AuthorizePayment(TOTAL, order.payment())).expectNoEvents();
        assertThat(order.stepDeadline()).isEqualTo(NOW.plusSeconds(60));
    }

    @Test
    void aRepeatedStockReservedChangesNothing() {
        given(inStep(SagaStep.AUTHORIZING_PAYMENT)).when(new SagaReply.StockReserved())
                .expectState(OrderStatus.PENDING, SagaStep.AUTHORIZING_PAYMENT, PaymentState.AUTHORIZING)
                .expectNoCommands().expectNoEvents();
    }

    @Test
    void rejectedStockCancelsTheOrderWithNothingToCompensate() {
        given(inStep(SagaStep.RESERVING_STOCK)).when(new SagaReply.StockRejected("P1 short"))
                .expectCancelled(CancellationReason.OUT_OF_STOCK).expectNoCommands()
                .expectCancelledEvent(CancellationReason.OUT_OF_STOCK);
    }

    @Test
    void aCapturedPaymentConfirmsTheStock() {
        given(inStep(SagaStep.AUTHORIZING_PAYMENT)).when(new SagaReply.PaymentSucceeded())
                .expectState(OrderStatus.PENDING, SagaStep.CONFIRMING_STOCK, PaymentState.CAPTURED)
                .expectCommands(new ConfirmStock()).expectNoEvents();
    }

    @Test
    void aDeclinedPaymentReleasesTheStockAndCancels() {
        given(inStep(SagaStep.AUTHORIZING_PAYMENT)).when(new SagaReply.PaymentFailed("card_declined"))
                .expectCancelled(CancellationReason.PAYMENT_DECLINED)
                .expectState(OrderStatus.CANCELLED, SagaStep.AUTHORIZING_PAYMENT, PaymentState.DECLINED)
                .expectCommands(new ReleaseStock(CancellationReason.PAYMENT_DECLINED))
                .expectCancelledEvent(CancellationReason.PAYMENT_DECLINED);
    }

    @Test
    void confirmedStockConfirmsTheOrder() {
        given(inStep(SagaStep.CONFIRMING_STOCK)).when(new SagaReply.StockConfirmed())
                .expectState(OrderStatus.CONFIRMED, SagaStep.COMPLETED, PaymentState.CAPTURED)
                .expectNoCommands().expectEvents(new Order.Confirmed());
    }

    @Test
    void aRepeatedStockConfirmedOnAConfirmedOrderChangesNothing() {
        given(OrderFixtures.confirmed()).when(new SagaReply.StockConfirmed())
                .expectState(OrderStatus.CONFIRMED, SagaStep.COMPLETED, PaymentState.CAPTURED)
                .expectNoCommands().expectNoEvents();
    }

    @Test
    void anExpiredReservationWhilePayingVoidsThePayment() {
        given(inStep(SagaStep.AUTHORIZING_PAYMENT)).when(new SagaReply.ReservationExpired())
                .expectCancelled(CancellationReason.RESERVATION_EXPIRED)
                .expectState(OrderStatus.CANCELLED, SagaStep.AUTHORIZING_PAYMENT, PaymentState.VOID_REQUESTED)
                .expectCommands(new VoidPayment("Order cancelled: RESERVATION_EXPIRED"));
    }

    @Test
    void anExpiredReservationAfterTheCaptureRefunds() {
        given(inStep(SagaStep.CONFIRMING_STOCK)).when(new SagaReply.ReservationExpired())
                .expectCancelled(CancellationReason.RESERVATION_EXPIRED)
                .expectCommands(new RefundPayment(TOTAL, "Order cancelled: RESERVATION_EXPIRED"));
    }

    @Test
    void anExpiryReportedForAConfirmedOrderChangesNothing() {
        given(OrderFixtures.confirmed()).when(new SagaReply.ReservationExpired())
                .expectState(OrderStatus.CONFIRMED, SagaStep.COMPLETED, PaymentState.CAPTURED).expectNoCommands();
    }

    @Test
    void aPaymentBeforeAnyAuthorizationIsRefusedAsUnexpected() {
        Order order = inStep(SagaStep.RESERVING_STOCK);

        assertThatThrownBy(() -> SAGA.apply(order, new SagaReply.PaymentSucceeded(), NOW))
                .isInstanceOf(UnexpectedReply.class);
        assertThatThrownBy(() -> SAGA.apply(order, new SagaReply.StockConfirmed(), NOW))
                .isInstanceOf(UnexpectedReply.class);
    }

    @Test
    void aLateStockReservedAfterACancellationNeedsNothingMore() {
        Order order = inStep(SagaStep.RESERVING_STOCK);
        given(order).when((o, at) -> SAGA.cancel(o, CancellationReason.CUSTOMER_REQUEST, at))
                .expectCommands(new ReleaseStock(CancellationReason.CUSTOMER_REQUEST))
                .when(new SagaReply.StockReserved())
                .expectCancelled(CancellationReason.CUSTOMER_REQUEST).expectNoCommands();
        assertThat(order.lastMessage()).isEqualTo("StockReserved");
    }

    @Test
    void aCaptureArrivingAfterTheCancellationIsRefunded() {
        given(OrderFixtures.cancelledWhilePaying()).when(new SagaReply.PaymentSucceeded())
                .expectState(OrderStatus.CANCELLED, SagaStep.AUTHORIZING_PAYMENT, PaymentState.REFUND_REQUESTED)
                .expectCommands(new RefundPayment(TOTAL, "The order was cancelled before the payment completed."))
                .when(new SagaReply.PaymentSucceeded()).expectNoCommands();
    }

    @Test
    void aVoidedPaymentSettlesACancelledOrder() {
        given(OrderFixtures.cancelledWhilePaying()).when(new SagaReply.PaymentVoided())
                .expectState(OrderStatus.CANCELLED, SagaStep.AUTHORIZING_PAYMENT, PaymentState.VOIDED)
                .when(new SagaReply.PaymentSucceeded()).expectNoCommands();
    }
}
