package com.ecommerce.payment.messaging;

import com.ecommerce.defaults.messaging.UnprocessableMessage;
import com.ecommerce.events.payment.v1.PaymentMethod;
import com.ecommerce.payment.application.AuthorizePayment;
import com.ecommerce.payment.application.RefundPayment;
import com.ecommerce.payment.application.VoidPayment;
import com.ecommerce.payment.domain.ChargeAttempt;
import com.ecommerce.payment.domain.Money;
import com.ecommerce.payment.domain.OrderId;

/**
 * Protobuf commands to application commands. A malformed id or amount throws an
 * {@link IllegalArgumentException} and a missing required value {@link UnprocessableMessage}: both
 * go to the dead-letter topic without retries.
 */
final class CommandMapping {

    private CommandMapping() {
    }

    static AuthorizePayment authorize(com.ecommerce.events.payment.v1.AuthorizePayment command) {
        if (!command.hasAmount()) {
            throw new UnprocessableMessage("AuthorizePayment for order " + command.getOrderId() + " has no amount");
        }
        return new AuthorizePayment(new ChargeAttempt(OrderId.of(command.getOrderId()), command.getCustomerId(),
                money(command.getAmount()), command.getPaymentToken(), method(command.getMethod())));
    }

    static RefundPayment refund(com.ecommerce.events.payment.v1.RefundPayment command) {
        return new RefundPayment(OrderId.of(command.getOrderId()),
                command.hasAmount() ? money(command.getAmount()) : null, command.getReason());
    }

    static VoidPayment voidPayment(com.ecommerce.events.payment.v1.VoidPayment command) {
        return new VoidPayment(OrderId.of(command.getOrderId()), command.getReason());
    }

    static Money money(com.ecommerce.events.common.v1.Money money) {
        return Money.of(money.getAmount(), money.getCurrency());
    }

    /** An unset method means a card, the saga's default. */
    private static com.ecommerce.payment.domain.PaymentMethod method(PaymentMethod method) {
        return switch (method) {
            case BANK_TRANSFER -> com.ecommerce.payment.domain.PaymentMethod.BANK_TRANSFER;
            case EASY_PAY -> com.ecommerce.payment.domain.PaymentMethod.EASY_PAY;
            case CARD, PAYMENT_METHOD_UNSPECIFIED, UNRECOGNIZED -> com.ecommerce.payment.domain.PaymentMethod.CARD;
        };
    }
}
