package com.ecommerce.payment.application;

import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.Payment;
import com.ecommerce.payment.domain.PaymentId;
import com.ecommerce.payment.domain.PaymentNotFound;
import com.ecommerce.payment.domain.PaymentRepository;

import org.springframework.data.domain.Page;
import org.springframework.data.domain.PageRequest;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Transactional;

/** Reads for the paying customer and admins; another customer's payment does not exist for the caller. */
@Service
public class PaymentQueries {

    private final PaymentRepository payments;

    PaymentQueries(PaymentRepository payments) {
        this.payments = payments;
    }

    @Transactional(readOnly = true)
    public PaymentView byId(PaymentId id, CurrentUser caller) {
        return payments.findById(id.value()).filter(p -> visible(p, caller)).map(p -> PaymentView.of(p, true))
                .orElseThrow(() -> new PaymentNotFound(id.toString()));
    }

    @Transactional(readOnly = true)
    public PaymentView byOrder(OrderId orderId, CurrentUser caller) {
        return payments.findByOrderId(orderId.value()).filter(p -> visible(p, caller))
                .map(p -> PaymentView.of(p, true))
                .orElseThrow(() -> new PaymentNotFound("for order " + orderId));
    }

    /** The caller's own payments, newest first. */
    @Transactional(readOnly = true)
    public Page<PaymentView> mine(CurrentUser caller, int page, int size) {
        return payments.findByCustomerIdOrderByCreatedAtDescIdDesc(caller.id(), PageRequest.of(page, size))
                .map(p -> PaymentView.of(p, false));
    }

    private static boolean visible(Payment payment, CurrentUser caller) {
        return caller.isAdmin() || caller.id().equals(payment.customerId());
    }
}
