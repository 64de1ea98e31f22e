package com.ecommerce.payment.web;

import com.ecommerce.defaults.problem.ProblemTypes;
import com.ecommerce.payment.domain.InvalidIdentifier;
import com.ecommerce.payment.domain.PaymentNotFound;
import com.ecommerce.payment.domain.PaymentNotRefundable;
import com.ecommerce.payment.provider.InvalidWebhookSignature;

import org.springframework.core.Ordered;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.ProblemDetail;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;

/** Payment errors as problem+json with stable types; framework errors are handled by service-defaults. */
@RestControllerAdvice
@Order(Ordered.HIGHEST_PRECEDENCE)
class PaymentProblemAdvice {

    @ExceptionHandler(PaymentNotFound.class)
    ProblemDetail notFound(PaymentNotFound e) {
        return problem(HttpStatus.NOT_FOUND, "payment-not-found", "Payment not found", e.getMessage());
    }

    @ExceptionHandler(PaymentNotRefundable.class)
    ProblemDetail notRefundable(PaymentNotRefundable e) {
        ProblemDetail problem = problem(HttpStatus.CONFLICT, "payment-not-refundable", "Payment not refundable",
                e.getMessage());
        problem.setProperty("paymentStatus", e.status().name());
        return problem;
    }

    @ExceptionHandler(InvalidIdentifier.class)
    ProblemDetail invalidId(InvalidIdentifier e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-identifier", "Invalid identifier", e.getMessage());
    }

    @ExceptionHandler(InvalidWebhookSignature.class)
    ProblemDetail invalidSignature(InvalidWebhookSignature e) {
        return problem(HttpStatus.BAD_REQUEST, "invalid-webhook-signature", "Invalid webhook signature",
                e.getMessage());
    }

    private static ProblemDetail problem(HttpStatus status, String type, String title, String detail) {
        ProblemDetail problem = ProblemDetail.forStatusAndDetail(status, detail);
        problem.setType(ProblemTypes.of(type));
        problem.setTitle(title);
        return problem;
    }
}
