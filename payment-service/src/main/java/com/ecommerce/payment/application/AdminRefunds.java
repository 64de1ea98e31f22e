package com.ecommerce.payment.application;

import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentId;
import com.ecommerce.payment.domain.PaymentNotRefundable;
import com.ecommerce.payment.domain.PaymentStatus;

import org.springframework.stereotype.Service;

/**
 * An administrator's refund, through the saga's refund path: same attempt, same idempotency key,
 * same PaymentRefunded or RefundFailed event, so order-service learns of it either way.
 */
@Service
public class AdminRefunds {

    private final PaymentQueries queries;
    private final PaymentRefunds refunds;

    AdminRefunds(PaymentQueries queries, PaymentRefunds refunds) {
        this.queries = queries;
        this.refunds = refunds;
    }

    /**
     * @throws PaymentNotRefundable when nothing is captured, before anything is recorded or announced
     */
    public PaymentView refund(PaymentId id, String reason, CurrentUser admin) {
        PaymentView payment = queries.byId(id, admin);
        if (payment.status() != PaymentStatus.CAPTURED && payment.status() != PaymentStatus.REFUNDING
                && payment.status() != PaymentStatus.REFUNDED) {
            throw new PaymentNotRefundable(payment.status());
        }
        OrderId orderId = OrderId.of(payment.orderId());
        String why = reason == null || reason.isBlank() ? "refunded by administrator " + admin.id() : reason;
        refunds.requestRefund(new RefundPayment(orderId, null, why));
        refunds.settle(orderId);
        return queries.byId(id, admin);
    }
}
