package com.ecommerce.order.domain;

import java.util.List;

/**
 * A command the checkout saga sends to a participant. The order they belong to (id, customer)
 * is the one that registered them; the messaging layer adds it when it maps them to Protobuf.
 */
public sealed interface SagaCommand {

    /** Hold every line for the order, all or nothing. */
    record ReserveStock(List<OrderLine> lines) implements SagaCommand {
    }

    /** Turn the held stock into a sale. */
    record ConfirmStock() implements SagaCommand {
    }

    /** Give held (or sold) units back. */
    record ReleaseStock(CancellationReason reason) implements SagaCommand {
    }

    /** Authorise and capture the total; the order id is the provider's idempotency key. */
    record AuthorizePayment(Money amount, Payment payment) implements SagaCommand {
    }

    /** Give captured money back. */
    record RefundPayment(Money amount, String reason) implements SagaCommand {
    }

    /** Cancel a payment whose outcome is unknown. */
    record VoidPayment(String reason) implements SagaCommand {
    }
}
