package com.ecommerce.cart.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.Map;
import java.util.UUID;
import java.util.stream.Collectors;

import com.ecommerce.cart.CartIT;
import com.ecommerce.cart.application.CartEditing;
import com.ecommerce.cart.application.CartView;
import com.ecommerce.cart.domain.CartFixtures;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.ProductCopies;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.events.order.v1.OrderCancelled;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.ecommerce.events.order.v1.OrderPlaced;
import com.ecommerce.events.product.v1.ProductStatus;
import com.google.protobuf.Message;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;

/** Through the broker: catalog events keep the cart's prices current, a confirmed order empties the cart once. */
@CartIT
class CartKafkaIT {

    private static final Duration WITHIN = Duration.ofSeconds(30);

    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    CartEditing editing;
    @Autowired
    ProductCopies copies;
    @Autowired
    JdbcClient jdbc;

    @Test
    void aPriceChangeAndARenameShowUpInTheCartAndAStatusChangeFlagsTheItem() {
        ProductId product = CartFixtures.newProductId();
        CustomerId customer = CartFixtures.newCustomer();
        publish(CartIT.PRODUCTS, product.value(), Events.created(product, "100.00"));
        await().atMost(WITHIN).until(() -> copies.find(product).isPresent());
        editing.add(customer, product, 2);

        publish(CartIT.PRODUCTS, product.value(), Events.priceChanged(product, "80.50"));

        await().atMost(WITHIN).untilAsserted(() -> {
            CartView cart = editing.view(customer);
            assertThat(cart.items().getFirst().price()).isEqualByComparingTo("80.50");
            assertThat(cart.totalPrice()).isEqualByComparingTo("161.00");
        });

        publish(CartIT.PRODUCTS, product.value(), Events.revised(product, "Reading Lamp"));

        await().atMost(WITHIN).untilAsserted(() ->
                assertThat(editing.view(customer).items().getFirst().productName()).isEqualTo("Reading Lamp"));

        publish(CartIT.PRODUCTS, product.value(), Events.statusChanged(product, ProductStatus.SOLD_OUT));

        await().atMost(WITHIN).untilAsserted(() -> {
            CartView cart = editing.view(customer);
            assertThat(cart.items().getFirst().availability()).isEqualTo("SOLD_OUT");
            assertThat(cart.hasUnavailableItems()).isTrue();
            assertThat(cart.totalPrice()).isEqualByComparingTo("0");
        });
    }

    /**
     * The order took all of one product and part of another; afterwards the customer added a new
     * product and more units of the second. The confirmation takes exactly what the order held.
     */
    @Test
    void aConfirmedOrderTakesOnlyItsOwnLinesAndWhatWasAddedAfterPlacingItStays() {
        CustomerId customer = CartFixtures.newCustomer();
        ProductId whole = known();
        ProductId partly = known();
        ProductId after = known();
        editing.add(customer, whole, 3);
        editing.add(customer, partly, 2);
        String orderId = newOrderId();
        OrderPlaced placed = Events.orderPlaced(orderId, customer, true, Map.of(whole, 3, partly, 1));
        publish(CartIT.ORDERS, orderId, placed);
        await().atMost(WITHIN).until(() -> processed(placed.getEventId()) == 1);

        editing.add(customer, after, 1);
        editing.add(customer, partly, 1);
        OrderConfirmed confirmed = Events.orderConfirmed(orderId, customer, true);
        publish(CartIT.ORDERS, orderId, confirmed);

        await().atMost(WITHIN).until(() -> processed(confirmed.getEventId()) == 1);
        assertThat(quantities(customer)).containsExactlyInAnyOrderEntriesOf(Map.of(partly.value(), 2, after.value(), 1));
    }

    /**
     * Idempotent per order, not only per event: the same event delivered again and a second
     * OrderConfirmed of the same order with a new event id both take nothing more.
     */
    @Test
    void aSecondConfirmationOfTheSameOrderTakesNothingMoreEvenWithANewEventId() {
        CustomerId customer = CartFixtures.newCustomer();
        ProductId product = known();
        editing.add(customer, product, 5);
        String orderId = newOrderId();
        publish(CartIT.ORDERS, orderId, Events.orderPlaced(orderId, customer, true, Map.of(product, 2)));
        OrderConfirmed confirmed = Events.orderConfirmed(orderId, customer, true);
        publish(CartIT.ORDERS, orderId, confirmed);
        await().atMost(WITHIN).until(() -> processed(confirmed.getEventId()) == 1);
        assertThat(quantities(customer)).containsExactlyEntriesOf(Map.of(product.value(), 3));

        OrderConfirmed again = Events.orderConfirmed(orderId, customer, true);
        publish(CartIT.ORDERS, orderId, confirmed);
        publish(CartIT.ORDERS, orderId, again);

        await().atMost(WITHIN).until(() -> processed(again.getEventId()) == 1);
        assertThat(quantities(customer)).containsExactlyEntriesOf(Map.of(product.value(), 3));
        assertThat(processed(confirmed.getEventId())).isEqualTo(1);
    }

    /** Without its placement the service cannot know what the order took, so it takes nothing. */
    @Test
    void aConfirmationOfAnOrderNeverSeenPlacedLeavesTheCartAsItIs() {
        CustomerId customer = CartFixtures.newCustomer();
        ProductId product = known();
        editing.add(customer, product, 1);
        String orderId = newOrderId();
        OrderConfirmed confirmed = Events.orderConfirmed(orderId, customer, true);

        publish(CartIT.ORDERS, orderId, confirmed);

        await().atMost(WITHIN).until(() -> processed(confirmed.getEventId()) == 1);
        assertThat(quantities(customer)).containsExactlyEntriesOf(Map.of(product.value(), 1));
    }

    @Test
    void aCancelledOrderTakesNothingAndItsLinesAreForgotten() {
        CustomerId customer = CartFixtures.newCustomer();
        ProductId product = known();
        editing.add(customer, product, 2);
        String orderId = newOrderId();
        publish(CartIT.ORDERS, orderId, Events.orderPlaced(orderId, customer, true, Map.of(product, 2)));
        OrderCancelled cancelled = Events.orderCancelled(orderId, customer);
        publish(CartIT.ORDERS, orderId, cancelled);

        await().atMost(WITHIN).until(() -> processed(cancelled.getEventId()) == 1);
        assertThat(quantities(customer)).containsExactlyEntriesOf(Map.of(product.value(), 2));
        assertThat(jdbc.sql("select count(*) from cart_order_line where order_id = ?").param(orderId)
                .query(Long.class).single()).isZero();
    }

    @Test
    void anOrderNotPlacedFromTheCartLeavesTheCartAlone() {
        CustomerId customer = CartFixtures.newCustomer();
        ProductId product = known();
        editing.add(customer, product, 1);
        String orderId = newOrderId();
        OrderConfirmed direct = Events.orderConfirmed(orderId, customer, false);
        OrderConfirmed marker = Events.orderConfirmed(orderId, CartFixtures.newCustomer(), true);

        publish(CartIT.ORDERS, orderId, Events.orderPlaced(orderId, customer, false, Map.of(product, 1)));
        publish(CartIT.ORDERS, orderId, direct);
        publish(CartIT.ORDERS, orderId, marker);

        await().atMost(WITHIN).until(() -> processed(marker.getEventId()) == 1);
        assertThat(quantities(customer)).containsExactlyEntriesOf(Map.of(product.value(), 1));
    }

    private Map<String, Integer> quantities(CustomerId customer) {
        return editing.view(customer).items().stream()
                .collect(Collectors.toMap(CartView.Item::productId, CartView.Item::quantity));
    }

    private static String newOrderId() {
        return "order-" + UUID.randomUUID();
    }

    private ProductId known() {
        ProductId product = CartFixtures.newProductId();
        copies.put(new com.ecommerce.cart.domain.Product(product, "Known", java.math.BigDecimal.TEN, "KRW",
                com.ecommerce.cart.domain.ProductStatus.ACTIVE, false), java.time.Instant.now());
        return product;
    }

    private long processed(String eventId) {
        return jdbc.sql("select count(*) from inbox_message where consumer = ? and event_id = ?")
                .params(CartIT.CONSUMER, eventId).query(Long.class).single();
    }

    private void publish(String topic, String key, Message message) {
        kafka.send(topic, key, message).join();
    }
}
