package com.ecommerce.cart.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;
import java.util.UUID;

import com.ecommerce.cart.CartIT;
import com.ecommerce.cart.application.CartEditing;
import com.ecommerce.cart.application.CartView;
import com.ecommerce.cart.domain.CartFixtures;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.ProductCopies;
import com.ecommerce.cart.domain.ProductId;
import com.ecommerce.events.order.v1.OrderConfirmed;
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
    void aPriceChangePublishedByTheCatalogShowsUpInTheCartAndAStatusChangeFlagsTheItem() {
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

        publish(CartIT.PRODUCTS, product.value(), Events.statusChanged(product, ProductStatus.SOLD_OUT));

        await().atMost(WITHIN).untilAsserted(() -> {
            CartView cart = editing.view(customer);
            assertThat(cart.items().getFirst().availability()).isEqualTo("SOLD_OUT");
            assertThat(cart.hasUnavailableItems()).isTrue();
            assertThat(cart.totalPrice()).isEqualByComparingTo("0");
        });
    }

    /**
     * The same OrderConfirmed twice, with an item added in between: the replay must not take it.
     * A later event with the same key (same partition, so delivered after the replay) tells when
     * the replay has been handled.
     */
    @Test
    void anOrderConfirmedDeliveredTwiceEmptiesTheCartOnce() {
        CustomerId customer = CartFixtures.newCustomer();
        ProductId before = known();
        ProductId after = known();
        editing.add(customer, before, 3);
        String orderId = "order-" + UUID.randomUUID();
        OrderConfirmed confirmed = Events.orderConfirmed(orderId, customer, true);

        publish(CartIT.ORDERS, orderId, confirmed);
        await().atMost(WITHIN).until(() -> editing.view(customer).items().isEmpty());
        editing.add(customer, after, 1);
        OrderConfirmed marker = Events.orderConfirmed(orderId, CartFixtures.newCustomer(), true);
        publish(CartIT.ORDERS, orderId, confirmed);
        publish(CartIT.ORDERS, orderId, marker);

        await().atMost(WITHIN).until(() -> processed(marker.getEventId()) == 1);
        assertThat(editing.view(customer).items()).singleElement()
                .satisfies(item -> assertThat(item.productId()).isEqualTo(after.value()));
        assertThat(processed(confirmed.getEventId())).isEqualTo(1);
    }

    @Test
    void anOrderNotPlacedFromTheCartLeavesTheCartAlone() {
        CustomerId customer = CartFixtures.newCustomer();
        editing.add(customer, known(), 1);
        String orderId = "order-" + UUID.randomUUID();
        OrderConfirmed direct = Events.orderConfirmed(orderId, customer, false);
        OrderConfirmed marker = Events.orderConfirmed(orderId, CartFixtures.newCustomer(), true);

        publish(CartIT.ORDERS, orderId, direct);
        publish(CartIT.ORDERS, orderId, marker);

        await().atMost(WITHIN).until(() -> processed(marker.getEventId()) == 1);
        assertThat(editing.view(customer).items()).hasSize(1);
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
