package com.ecommerce.events;

import java.util.List;

/**
 * Kafka topic names. The {@code .v1} suffix is the contract version: a change that cannot be made
 * wire-compatibly goes to a new {@code .v2} topic instead of breaking consumers of this one.
 */
public final class Topics {

    /** Catalog events from product-service, keyed by product id. */
    public static final String PRODUCT_EVENTS = "product.events.v1";
    /** Order lifecycle events from order-service, keyed by order id. */
    public static final String ORDER_EVENTS = "order.events.v1";
    /** Saga replies (keyed by order id) and stock levels (keyed by product id) from inventory-service. */
    public static final String INVENTORY_EVENTS = "inventory.events.v1";
    /** Saga replies from payment-service, keyed by order id. */
    public static final String PAYMENT_EVENTS = "payment.events.v1";
    /** Saga commands from order-service to inventory-service, keyed by order id. */
    public static final String INVENTORY_COMMANDS = "inventory.commands.v1";
    /** Saga commands from order-service to payment-service, keyed by order id. */
    public static final String PAYMENT_COMMANDS = "payment.commands.v1";

    /** Every topic above, for explicit topic creation (the broker never auto-creates them). */
    public static final List<String> ALL = List.of(
            PRODUCT_EVENTS, ORDER_EVENTS, INVENTORY_EVENTS, PAYMENT_EVENTS, INVENTORY_COMMANDS, PAYMENT_COMMANDS);

    private static final String DEAD_LETTER_SUFFIX = ".dlt";

    private Topics() {
    }

    /**
     * Names the dead-letter topic where a consumer parks records of {@code topic} it cannot process.
     *
     * @param topic the source topic
     * @return {@code topic + ".dlt"}
     */
    public static String deadLetter(String topic) {
        if (topic == null || topic.isBlank()) {
            throw new IllegalArgumentException("topic must not be blank");
        }
        return topic + DEAD_LETTER_SUFFIX;
    }
}
