package com.ecommerce.order.domain;

import java.time.Instant;
import java.util.EnumSet;
import java.util.Set;

import com.ecommerce.order.domain.SagaReply.PaymentFailed;
import com.ecommerce.order.domain.SagaReply.PaymentRefunded;
import com.ecommerce.order.domain.SagaReply.PaymentSucceeded;
import com.ecommerce.order.domain.SagaReply.PaymentVoided;
import com.ecommerce.order.domain.SagaReply.RefundFailed;
import com.ecommerce.order.domain.SagaReply.ReservationExpired;
import com.ecommerce.order.domain.SagaReply.StockConfirmed;
import com.ecommerce.order.domain.SagaReply.StockRejected;
import com.ecommerce.order.domain.SagaReply.StockReleased;
import com.ecommerce.order.domain.SagaReply.StockReserved;

/**
 * The checkout saga's rules over an {@link Order}: reserve stock, capture the money, confirm the
 * stock; or compensate. Participants see one order's commands in the order they were sent (one
 * key, one partition), so a compensation queued behind a pending request always finds its
 * outcome: a late StockReserved after a cancellation needs nothing, the queued ReleaseStock
 * gives the stock back. Money is the exception that is acted on again: a capture that arrives
 * after a cancellation is refunded.
 */
public final class OrderSaga {

    private final SagaTimeouts timeouts;

    public OrderSaga(SagaTimeouts timeouts) {
        this.timeouts = timeouts;
    }

    /** Applies a participant's reply; false when it changes nothing (a repeat, or late). */
    public boolean apply(Order order, SagaReply reply, Instant now) {
        order.heard(reply.name(), now);
        return switch (reply) {
            case StockReserved r -> stockReserved(order, now);
            case StockRejected r -> order.status == OrderStatus.PENDING && order.sagaStep == SagaStep.RESERVING_STOCK
                    && terminate(order, CancellationReason.OUT_OF_STOCK, r.detail(), now);
            case StockConfirmed r -> stockConfirmed(order, now);
            case ReservationExpired r -> order.status == OrderStatus.PENDING
                    && terminate(order, CancellationReason.RESERVATION_EXPIRED, "The stock reservation expired.", now);
            case StockReleased r -> false;
            case PaymentSucceeded r -> paymentSucceeded(order, now);
            case PaymentFailed r -> paymentFailed(order, r.detail(), now);
            case PaymentVoided r -> settle(order, PaymentState.VOIDED, now,
                    EnumSet.of(PaymentState.AUTHORIZING, PaymentState.VOID_REQUESTED));
            case PaymentRefunded r -> settle(order, PaymentState.REFUNDED, now, EnumSet.of(PaymentState.CAPTURED,
                    PaymentState.VOID_REQUESTED, PaymentState.REFUND_REQUESTED, PaymentState.REFUND_FAILED));
            case RefundFailed r -> settle(order, PaymentState.REFUND_FAILED, now,
                    EnumSet.of(PaymentState.CAPTURED, PaymentState.VOID_REQUESTED, PaymentState.REFUND_REQUESTED));
        };
    }

    /**
     * A customer's or an administrator's cancellation: a pending order is compensated, a
     * confirmed one restocked and refunded; cancelling again is a no-op.
     *
     * @throws OrderNotCancellable once the order has shipped
     */
    public boolean cancel(Order order, CancellationReason reason, Instant now) {
        return switch (order.status) {
            case PENDING, CONFIRMED -> terminate(order, reason, "Cancelled on request.", now);
            case CANCELLED -> false;
            case SHIPPED, DELIVERED -> throw new OrderNotCancellable(order.status);
        };
    }

    /** Compensates a pending order whose current step got no reply in time. */
    public boolean deadlinePassed(Order order, Instant now) {
        return order.status == OrderStatus.PENDING && !now.isBefore(order.stepDeadline)
                && terminate(order, CancellationReason.DEADLINE_EXCEEDED,
                        "No reply while " + order.sagaStep + " before the deadline.", now);
    }

    /**
     * An operator's retry: sends the pending step's command again with a fresh deadline (every
     * participant answers a repeated command with the outcome that stands), or repeats a failed
     * refund.
     */
    public void retry(Order order, Instant now) {
        if (order.status == OrderStatus.PENDING) {
            order.commands.add(stepCommand(order));
            order.enter(order.sagaStep, timeouts, now);
        } else if (order.status == OrderStatus.CANCELLED && order.paymentState == PaymentState.REFUND_FAILED) {
            compensatePayment(order, "Refund retried by an administrator.");
            order.updatedAt = now;
        } else {
            throw new SagaNotRetryable(order.status, order.paymentState);
        }
    }

    /** An operator's compensation: cancels a live order, or sends a cancelled order's compensations again. */
    public void compensate(Order order, Instant now) {
        switch (order.status) {
            case PENDING, CONFIRMED -> terminate(order, CancellationReason.ADMIN, "Compensated by an administrator.", now);
            case CANCELLED -> {
                if (order.cancellationReason.mayHoldStock()) {
                    order.commands.add(new SagaCommand.ReleaseStock(order.cancellationReason));
                }
                compensatePayment(order, "Compensation repeated by an administrator.");
                order.updatedAt = now;
            }
            case SHIPPED, DELIVERED -> throw new OrderNotCancellable(order.status);
        }
    }

    private boolean stockReserved(Order order, Instant now) {
        if (order.status != OrderStatus.PENDING || order.sagaStep != SagaStep.RESERVING_STOCK) {
            return false;
        }
        order.enter(SagaStep.AUTHORIZING_PAYMENT, timeouts, now);
        order.paymentState = PaymentState.AUTHORIZING;
        order.commands.add(new SagaCommand.AuthorizePayment(order.total(), order.payment()));
        return true;
    }

    private boolean paymentSucceeded(Order order, Instant now) {
        return switch (order.status) {
            case PENDING -> switch (order.sagaStep) {
                case AUTHORIZING_PAYMENT -> {
                    order.paymentState = PaymentState.CAPTURED;
                    order.enter(SagaStep.CONFIRMING_STOCK, timeouts, now);
                    order.commands.add(new SagaCommand.ConfirmStock());
                    yield true;
                }
                case CONFIRMING_STOCK, COMPLETED -> false;
                case RESERVING_STOCK -> throw new UnexpectedReply("PaymentSucceeded", order.sagaStep);
            };
            case CANCELLED -> refundLateCapture(order, now);
            case CONFIRMED, SHIPPED, DELIVERED -> false;
        };
    }

    /** The order was cancelled while the payment ran: the captured money must not stand. */
    private boolean refundLateCapture(Order order, Instant now) {
        if (!EnumSet.of(PaymentState.NONE, PaymentState.AUTHORIZING, PaymentState.VOID_REQUESTED)
                .contains(order.paymentState)) {
            return false;
        }
        order.paymentState = PaymentState.CAPTURED;
        compensatePayment(order, "The order was cancelled before the payment completed.");
        order.updatedAt = now;
        return true;
    }

    private boolean paymentFailed(Order order, String detail, Instant now) {
        if (order.status == OrderStatus.PENDING && order.sagaStep == SagaStep.AUTHORIZING_PAYMENT) {
            order.paymentState = PaymentState.DECLINED;
            return terminate(order, CancellationReason.PAYMENT_DECLINED, detail, now);
        }
        return order.status == OrderStatus.CANCELLED && settle(order, PaymentState.DECLINED, now,
                EnumSet.of(PaymentState.AUTHORIZING, PaymentState.VOID_REQUESTED));
    }

    private boolean stockConfirmed(Order order, Instant now) {
        if (order.status != OrderStatus.PENDING) {
            return false;
        }
        if (order.sagaStep != SagaStep.CONFIRMING_STOCK) {
            throw new UnexpectedReply("StockConfirmed", order.sagaStep);
        }
        order.status = OrderStatus.CONFIRMED;
        order.enter(SagaStep.COMPLETED, timeouts, now);
        order.events.add(new Order.Confirmed());
        return true;
    }

    private static boolean settle(Order order, PaymentState outcome, Instant now, Set<PaymentState> from) {
        if (!from.contains(order.paymentState)) {
            return false;
        }
        order.paymentState = outcome;
        order.updatedAt = now;
        return true;
    }

    private static boolean terminate(Order order, CancellationReason reason, String detail, Instant now) {
        order.status = OrderStatus.CANCELLED;
        order.cancellationReason = reason;
        order.cancellationDetail = detail == null || detail.length() <= 500 ? detail : detail.substring(0, 500);
        order.updatedAt = now;
        if (reason.mayHoldStock()) {
            order.commands.add(new SagaCommand.ReleaseStock(reason));
        }
        compensatePayment(order, "Order cancelled: " + reason);
        order.events.add(new Order.Cancelled(reason, order.cancellationDetail));
        return true;
    }

    /** Voids a payment whose outcome is unknown, refunds captured money, leaves settled money alone. */
    private static void compensatePayment(Order order, String why) {
        switch (order.paymentState) {
            case AUTHORIZING, VOID_REQUESTED -> {
                order.paymentState = PaymentState.VOID_REQUESTED;
                order.commands.add(new SagaCommand.VoidPayment(why));
            }
            case CAPTURED, REFUND_REQUESTED, REFUND_FAILED -> {
                order.paymentState = PaymentState.REFUND_REQUESTED;
                order.commands.add(new SagaCommand.RefundPayment(order.total(), why));
            }
            case NONE, DECLINED, VOIDED, REFUNDED -> {
                // No money moved, or it is settled: nothing to give back.
            }
        }
    }

    private SagaCommand stepCommand(Order order) {
        return switch (order.sagaStep) {
            case RESERVING_STOCK -> new SagaCommand.ReserveStock(order.lines());
            case AUTHORIZING_PAYMENT -> new SagaCommand.AuthorizePayment(order.total(), order.payment());
            case CONFIRMING_STOCK -> new SagaCommand.ConfirmStock();
            case COMPLETED -> throw new SagaNotRetryable(order.status, order.paymentState);
        };
    }
}
