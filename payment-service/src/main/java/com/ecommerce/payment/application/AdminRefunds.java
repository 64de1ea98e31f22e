package com.ecommerce.payment.application;

import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentId;
import com.ecommerce.payment.domain.PaymentNotRefundable;

import org.springframework.stereotype.Service;

/**
 * An administrator's refund, through the saga's refund path: same attempt, same idempotency key,
 * same PaymentRefunded or RefundFailed event, so order-service learns of it either way. Repeating
 * it is harmless: an already refunded payment announces nothing again.
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
     * A payment refunded before is answered as it stands: nothing is recorded, asked or announced.
     *
     * @throws PaymentNotRefundable when nothing is captured, before anything is recorded or announced
     */
    public PaymentView refund(PaymentId id, String reason, CurrentUser admin) {
        OrderId orderId = OrderId.of(queries.byId(id, admin).orderId());
        String why = reason == null || reason.isBlank() ? "refunded by administrator " + admin.id() : reason;
        if (refunds.requestAdminRefund(orderId, why) == RefundDecision.ATTEMPT_RECORDED) {
            refunds.settle(orderId);
        }
        return queries.byId(id, admin);
    }
}
