package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Duration;
import java.util.List;
import java.util.stream.IntStream;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.RepeatedTest;

/**
 * The seed's problem statement: 100 units, 200 concurrent orders. Checkout is rate limited per
 * customer (burst 5), so 40 customers place 5 orders each, all at once; a 429 is retried with
 * the same Idempotency-Key, so a retry can never become a second order. Repeated, so that a
 * lucky interleaving is not mistaken for correctness.
 */
class FlashSaleIT {

    private static final int STOCK = 100;
    private static final int CUSTOMERS = 40;
    private static final int ORDERS_EACH = 5;

    static List<Shop.Session> customers;

    @BeforeAll
    static void customers() {
        customers = IntStream.range(0, CUSTOMERS).mapToObj(i -> Shop.signUp()).toList();
    }

    @RepeatedTest(2)
    void twoHundredBuyersOfAHundredUnitsGetExactlyAHundredConfirmedOrders() throws Exception {
        String productId = new Catalog(Shop.admin()).productWithStock("5000", STOCK);
        OrderBatch batch = new OrderBatch(productId);

        batch.place(customers, ORDERS_EACH, Duration.ofMinutes(2));
        assertThat(batch.size()).isEqualTo(CUSTOMERS * ORDERS_EACH);
        batch.awaitAllTerminal(Duration.ofMinutes(2), ORDERS_EACH);

        assertThat(batch.withStatus("CONFIRMED")).hasSize(STOCK);
        assertThat(batch.withStatus("CANCELLED")).hasSize(CUSTOMERS * ORDERS_EACH - STOCK)
                .allSatisfy(o -> assertThat(o.get("cancellationReason").asString()).isEqualTo("OUT_OF_STOCK"));
        JsonNode stock = Catalog.stock(productId);
        assertThat(stock.get("availableQuantity").asInt()).isZero();
        assertThat(stock.get("reservedQuantity").asInt()).isZero();
        assertThat(stock.get("soldQuantity").asInt()).isEqualTo(STOCK);
        assertThat(batch.assertEachConfirmedOrderCapturedItsTotal()).isEqualByComparingTo(new BigDecimal(5000 * STOCK));
        Invariants.assertHold(Shop.admin());
    }
}
