package com.ecommerce.order.domain;

import static com.ecommerce.order.domain.OrderFixtures.NOW;
import static com.ecommerce.order.domain.OrderFixtures.SAGA;
import static com.ecommerce.order.domain.OrderFixtures.inStep;
import static com.ecommerce.order.domain.SagaScenario.given;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.ecommerce.order.domain.SagaCommand.AuthorizePayment;
import com.ecommerce.order.domain.SagaCommand.RefundPayment;
import com.ecommerce.order.domain.SagaCommand.ReleaseStock;
import com.ecommerce.order.domain.SagaCommand.VoidPayment;
import org.junit.jupiter.api.Test;

/** Deadlines, customer cancellation and the operators' retry/compensate, as given/expect steps. */
class SagaCompensationTest {

    private static final Money TOTAL = Money.of("30000", "KRW");

    @Test
    void aStepIsNotCompensatedBeforeItsDeadline() {
        given(inStep(SagaStep.RESERVING_STOCK)).at(NOW.plusSeconds(29))
                .when((order, at) -> assertThat(SAGA.deadlinePassed(order, at)).isFalse())
                .expectState(OrderStatus.PENDING, SagaStep.RESERVING_STOCK, PaymentState.NONE).expectNoCommands();
    }

    @Test
    void aReservationWithoutReplyIsReleasedAtItsDeadline() {
        given(inStep(SagaStep.RESERVING_STOCK)).at(NOW.plusSeconds(30)).when(SAGA::deadlinePassed)
                .expectCancelled(CancellationReason.DEADLINE_EXCEEDED)
                .expectCommands(new ReleaseStock(CancellationReason.DEADLINE_EXCEEDED))
                .expectCancelledEvent(CancellationReason.DEADLINE_EXCEEDED);
    }

    @Test
    void aPaymentWithoutReplyIsVoidedAndTheStockReleasedAtItsDeadline() {
        given(inStep(SagaStep.AUTHORIZING_PAYMENT)).at(NOW.plusSeconds(60)).when(SAGA::deadlinePassed)
                .expectState(OrderStatus.CANCELLED, SagaStep.AUTHORIZING_PAYMENT, PaymentState.VOID_REQUESTED)
                .expectCommands(new ReleaseStock(CancellationReason.DEADLINE_EXCEEDED),
                        new VoidPayment("Order cancelled: DEADLINE_EXCEEDED"));
    }

    @Test
    void anUnconfirmedStockAfterTheCaptureIsReleasedAndRefundedAtItsDeadline() {
        given(inStep(SagaStep.CONFIRMING_STOCK)).at(NOW.plusSeconds(30)).when(SAGA::deadlinePassed)
                .expectState(OrderStatus.CANCELLED, SagaStep.CONFIRMING_STOCK, PaymentState.REFUND_REQUESTED)
                .expectCommands(new ReleaseStock(CancellationReason.DEADLINE_EXCEEDED),
                        new RefundPayment(TOTAL, "Order cancelled: DEADLINE_EXCEEDED"));
    }

    @Test
    void cancellingAConfirmedOrderRestocksAndRefunds() {
        given(OrderFixtures.confirmed()).when((o, at) -> SAGA.cancel(o, CancellationReason.CUSTOMER_REQUEST, at))
                .expectState(OrderStatus.CANCELLED, SagaStep.COMPLETED, PaymentState.REFUND_REQUESTED)
                .expectCommands(new ReleaseStock(CancellationReason.CUSTOMER_REQUEST),
                        new RefundPayment(TOTAL, "Order cancelled: CUSTOMER_REQUEST"))
                .expectCancelledEvent(CancellationReason.CUSTOMER_REQUEST)
                .when(new SagaReply.PaymentRefunded())
                .expectState(OrderStatus.CANCELLED, SagaStep.COMPLETED, PaymentState.REFUNDED);
    }

    @Test
    void cancellingACancelledOrderAgainChangesNothing() {
        Order order = OrderFixtures.cancelledAfterConfirmation();

        assertThat(SAGA.cancel(order, CancellationReason.CUSTOMER_REQUEST, NOW)).isFalse();
        given(order).expectNoCommands().expectNoEvents();
    }

    @Test
    void aShippedOrderCannotBeCancelled() {
        Order order = OrderFixtures.shipped();

        assertThatThrownBy(() -> SAGA.cancel(order, CancellationReason.CUSTOMER_REQUEST, NOW))
                .isInstanceOf(OrderNotCancellable.class);
        given(order).expectState(OrderStatus.SHIPPED, SagaStep.COMPLETED, PaymentState.CAPTURED).expectNoCommands();
    }

    @Test
    void retryingAPendingStepSendsItsCommandAgainWithAFreshDeadline() {
        Order order = inStep(SagaStep.AUTHORIZING_PAYMENT);
        given(order).at(NOW.plusSeconds(50)).when(SAGA::retry)
                .expectState(OrderStatus.PENDING, SagaStep.AUTHORIZING_PAYMENT, PaymentState.AUTHORIZING)
                .expectCommands(new AuthorizePayment(TOTAL, order.payment()));
        assertThat(order.stepDeadline()).isEqualTo(NOW.plusSeconds(110));
    }

    @Test
    void aFailedRefundCanBeRetried() {
        given(OrderFixtures.cancelledAfterConfirmation()).when(new SagaReply.RefundFailed("provider_down"))
                .expectState(OrderStatus.CANCELLED, SagaStep.COMPLETED, PaymentState.REFUND_FAILED)
                .when(SAGA::retry)
                .expectState(OrderStatus.CANCELLED, SagaStep.COMPLETED, PaymentState.REFUND_REQUESTED)
                .expectCommands(new RefundPayment(TOTAL, "Refund retried by an administrator."));
    }

    @Test
    void aCompletedSagaHasNothingToRetry() {
        assertThatThrownBy(() -> SAGA.retry(OrderFixtures.confirmed(), NOW)).isInstanceOf(SagaNotRetryable.class);
    }

    @Test
    void compensatingACancelledOrderSendsItsCompensationsAgain() {
        given(OrderFixtures.cancelledWhilePaying()).when(SAGA::compensate)
                .expectCommands(new ReleaseStock(CancellationReason.CUSTOMER_REQUEST),
                        new VoidPayment("Compensation repeated by an administrator."))
                .expectNoEvents();
    }

    @Test
    void compensatingAPendingOrderCancelsItForTheAdmin() {
        given(inStep(SagaStep.CONFIRMING_STOCK)).when(SAGA::compensate)
                .expectCancelled(CancellationReason.ADMIN)
                .expectCommands(new ReleaseStock(CancellationReason.ADMIN),
                        new RefundPayment(TOTAL, "Order cancelled: ADMIN"));
    }
}
