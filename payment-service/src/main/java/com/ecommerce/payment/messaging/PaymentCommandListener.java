package com.ecommerce.payment.messaging;

import com.ecommerce.defaults.messaging.UnprocessableMessage;
import com.ecommerce.defaults.messaging.inbox.Inbox;
import com.ecommerce.events.payment.v1.AuthorizePayment;
import com.ecommerce.events.payment.v1.RefundPayment;
import com.ecommerce.events.payment.v1.VoidPayment;
import com.ecommerce.payment.application.PaymentCapture;
import com.ecommerce.payment.application.PaymentRefunds;
import com.ecommerce.payment.application.PaymentVoids;
import com.ecommerce.payment.config.PaymentProperties;
import com.ecommerce.payment.domain.OrderId;
import com.google.protobuf.Message;

import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.stereotype.Component;

/**
 * The saga's payment commands. Each is two steps because a provider call must not run inside a
 * transaction: the inbox transaction records the attempt, then the provider is asked and the
 * outcome recorded. The second step also runs for a redelivered command (the inbox skipped it),
 * so a crash between the steps is resolved by the redelivery, or else by the recovery job.
 */
@Component
class PaymentCommandListener {

    private final Inbox inbox;
    private final PaymentCapture capture;
    private final PaymentRefunds refunds;
    private final PaymentVoids voids;
    private final String consumer;

    PaymentCommandListener(Inbox inbox, PaymentCapture capture, PaymentRefunds refunds, PaymentVoids voids,
            PaymentProperties properties) {
        this.inbox = inbox;
        this.capture = capture;
        this.refunds = refunds;
        this.voids = voids;
        this.consumer = properties.consumerGroup();
    }

    @KafkaListener(topics = "${ecommerce.payments.topics.commands:payment.commands.v1}",
            groupId = "${ecommerce.payments.consumer-group:payment-service}",
            concurrency = "${ecommerce.payments.command-concurrency:3}")
    void on(Message command) {
        switch (command) {
            case AuthorizePayment authorize -> {
                var decoded = CommandMapping.authorize(authorize);
                inbox.receive(consumer, command, () -> capture.recordAttempt(decoded));
                capture.settle(decoded.attempt().orderId());
            }
            case RefundPayment refund -> {
                var decoded = CommandMapping.refund(refund);
                inbox.receive(consumer, command, () -> refunds.requestRefund(decoded));
                refunds.settle(decoded.orderId());
            }
            case VoidPayment voidPayment -> {
                var decoded = CommandMapping.voidPayment(voidPayment);
                OrderId orderId = decoded.orderId();
                // Whether money moved decides between a void and a refund, so an open charge is resolved first.
                capture.settle(orderId);
                inbox.receive(consumer, command, () -> voids.voidPayment(decoded));
                refunds.settle(orderId);
            }
            default -> throw new UnprocessableMessage("Not a payment command: " + command.getDescriptorForType());
        }
    }
}
