package com.ecommerce.order.domain;

/** A participant's answer to a saga command, as the saga needs it (decoded from Protobuf by messaging). */
public sealed interface SagaReply {

    /** The message's schema name, shown to operators as the saga's last message. */
    default String name() {
        return getClass().getSimpleName();
    }

    record StockReserved() implements SagaReply {
    }

    /** @param detail which lines could not be held, for people */
    record StockRejected(String detail) implements SagaReply {
    }

    record StockConfirmed() implements SagaReply {
    }

    record StockReleased() implements SagaReply {
    }

    record ReservationExpired() implements SagaReply {
    }

    record PaymentSucceeded() implements SagaReply {
    }

    /** @param detail the provider's decline code and message */
    record PaymentFailed(String detail) implements SagaReply {
    }

    record PaymentVoided() implements SagaReply {
    }

    record PaymentRefunded() implements SagaReply {
    }

    record RefundFailed(String detail) implements SagaReply {
    }
}
