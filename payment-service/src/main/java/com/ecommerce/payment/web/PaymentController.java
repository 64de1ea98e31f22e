package com.ecommerce.payment.web;

import com.ecommerce.defaults.security.AdminOnly;
import com.ecommerce.defaults.security.CurrentUser;
import com.ecommerce.payment.application.AdminRefunds;
import com.ecommerce.payment.application.PaymentQueries;
import com.ecommerce.payment.application.Reconciliation;
import com.ecommerce.payment.application.ReconciliationReport;
import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentId;

import jakarta.validation.Valid;
import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;

import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RequestBody;
import org.springframework.web.bind.annotation.RequestMapping;
import org.springframework.web.bind.annotation.RequestParam;
import org.springframework.web.bind.annotation.RestController;

/** Payments for their owner and admins (another customer's payment answers 404), admin refund and reconciliation. */
@RestController
@RequestMapping("/api/v1/payments")
class PaymentController {

    private final PaymentQueries queries;
    private final AdminRefunds refunds;
    private final Reconciliation reconciliation;

    PaymentController(PaymentQueries queries, AdminRefunds refunds, Reconciliation reconciliation) {
        this.queries = queries;
        this.refunds = refunds;
        this.reconciliation = reconciliation;
    }

    @GetMapping("/{id}")
    PaymentResponse payment(@PathVariable String id, CurrentUser caller) {
        return PaymentResponse.of(queries.byId(PaymentId.of(id), caller));
    }

    /** The caller's payments, newest first. */
    @GetMapping("/my")
    PageResponse<PaymentResponse> mine(CurrentUser caller, @RequestParam(defaultValue = "0") @Min(0) @Max(10_000) int page,
            @RequestParam(defaultValue = "20") @Min(1) @Max(100) int size) {
        return PageResponse.of(queries.mine(caller, page, size), PaymentResponse::of);
    }

    @GetMapping("/orders/{orderId}")
    PaymentResponse ofOrder(@PathVariable String orderId, CurrentUser caller) {
        return PaymentResponse.of(queries.byOrder(OrderId.of(orderId), caller));
    }

    /** Refunds the whole capture through the saga's refund path (PaymentRefunded or RefundFailed is published). */
    @AdminOnly
    @PostMapping("/{id}/refund")
    PaymentResponse refund(@PathVariable String id, @Valid @RequestBody(required = false) RefundRequest request,
            CurrentUser admin) {
        return PaymentResponse.of(refunds.refund(PaymentId.of(id), request == null ? null : request.reason(), admin));
    }

    @AdminOnly
    @GetMapping("/reconciliation")
    ReconciliationReport reconciliation() {
        return reconciliation.report();
    }
}
