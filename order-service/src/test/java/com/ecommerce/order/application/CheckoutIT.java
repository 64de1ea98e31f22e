package com.ecommerce.order.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.util.UUID;
import java.util.concurrent.CompletableFuture;

import com.ecommerce.order.Api;
import com.ecommerce.order.Api.Customer;
import com.ecommerce.order.KafkaProbe;
import com.ecommerce.order.MovableClock;
import com.ecommerce.order.OrderIT;
import com.ecommerce.order.StubServices;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.test.web.servlet.assertj.MockMvcTester;
import org.springframework.test.web.servlet.assertj.MvcTestResult;

/** Checkout through the whole service: Idempotency-Key rules, catalog pricing and failures, the cart. */
@OrderIT
class CheckoutIT {

    @Autowired
    MockMvcTester mvc;
    @Autowired
    JdbcClient jdbc;
    @Autowired
    MovableClock clock;

    @Test
    void aRetriedRequestWithTheSameKeyAnswersTheFirstOrder() {
        Api api = new Api(mvc);
        Customer customer = Customer.fresh();
        String key = UUID.randomUUID().toString();

        MvcTestResult first = api.place(customer, Api.items(StubServices.LAPTOP, 1), key);
        MvcTestResult again = api.place(customer, Api.items(StubServices.LAPTOP, 1).replace("  ", " "), key);

        assertThat(first).hasStatus(201).hasHeader("Idempotent-Replayed", "false");
        assertThat(again).hasStatus(201).hasHeader("Idempotent-Replayed", "true");
        assertThat(Api.json(again)).isEqualTo(Api.json(first));
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    @Test
    void theSameKeyWithAnotherBodyIsRefusedWith422() {
        Api api = new Api(mvc);
        Customer customer = Customer.fresh();
        String key = UUID.randomUUID().toString();
        assertThat(api.place(customer, Api.items(StubServices.LAPTOP, 1), key)).hasStatus(201);

        assertThat(api.place(customer, Api.items(StubServices.LAPTOP, 2), key)).hasStatus(422).bodyJson()
                .extractingPath("$.type").isEqualTo("urn:ecommerce:problem:idempotency-key-reused");
        assertThat(api.place(Customer.fresh(), Api.items(StubServices.LAPTOP, 2), key))
                .as("keys are per customer").hasStatus(201);
    }

    @Test
    void aConcurrentDuplicateIsRefusedWith409WhileTheFirstRuns() {
        Api api = new Api(mvc);
        Customer customer = Customer.fresh();
        String key = UUID.randomUUID().toString();
        CompletableFuture<MvcTestResult> first = placeHeldByTheCatalog(api, customer, key);

        MvcTestResult duplicate = api.place(customer, Api.items(StubServices.SLOW, 1), key);
        StubServices.releaseSlow();

        assertThat(duplicate).hasStatus(409).hasHeader("Retry-After", "1");
        assertThat(first.join()).hasStatus(201);
        assertThat(api.place(customer, Api.items(StubServices.SLOW, 1), key)).hasStatus(201)
                .hasHeader("Idempotent-Replayed", "true");
        assertThat(ordersOf(customer)).isEqualTo(1);
    }

    /**
     * The first request's instance died (here: it hangs) with the key claimed. A retry after the
     * claim was abandoned takes it over and places the order; the first request, if it was only
     * slow, is refused at the end instead of placing a second order.
     */
    @Test
    void aRetryTakesOverAnAbandonedClaimAndTheSlowFirstRequestPlacesNothing() {
        Api api = new Api(mvc);
        Customer customer = Customer.fresh();
        String key = UUID.randomUUID().toString();
        CompletableFuture<MvcTestResult> first = placeHeldByTheCatalog(api, customer, key);
        String firstClaim = claimOf(customer, key);

        clock.advance(IdempotencyKeys.ABANDONED_AFTER.plusSeconds(1));
        CompletableFuture<MvcTestResult> retry = CompletableFuture.supplyAsync(
                () -> api.place(customer, Api.items(StubServices.SLOW, 1), key));
        await().atMost(KafkaProbe.WITHIN).until(() -> !firstClaim.equals(claimOf(customer, key)));
        StubServices.releaseSlow();

        assertThat(retry.join()).hasStatus(201).hasHeader("Idempotent-Replayed", "false");
        assertThat(first.join()).hasStatus(409);
        assertThat(ordersOf(customer)).isEqualTo(1);
        assertThat(api.place(customer, Api.items(StubServices.SLOW, 1), key)).hasStatus(201)
                .hasHeader("Idempotent-Replayed", "true");
    }

    @Test
    void productsTheCatalogDoesNotSellAreRefusedWith422AndTheKeyFreed() {
        Api api = new Api(mvc);
        Customer customer = Customer.fresh();
        String key = UUID.randomUUID().toString();

        assertThat(api.place(customer, Api.items(StubServices.DRAFT, 1), key)).hasStatus(422).bodyJson()
                .extractingPath("$.productIds[0]").isEqualTo(StubServices.DRAFT);
        assertThat(api.place(customer, Api.items("0PRODUCTGONE1", 1), null)).hasStatus(422);
        assertThat(api.place(customer, Api.items(StubServices.LAPTOP, 1), key)).hasStatus(201);
    }

    @Test
    void aCatalogFailureAnswers503() {
        Api api = new Api(mvc);
        StubServices.catalogDown(true);
        try {
            assertThat(api.place(Customer.fresh(), Api.items(StubServices.LAPTOP, 1), null)).hasStatus(503);
        } finally {
            StubServices.catalogDown(false);
        }
    }

    @Test
    void ordersTheCartWithCatalogPrices() {
        Api api = new Api(mvc);
        Customer customer = Customer.fresh();
        String body = """
                {"fromCart":true,"shippingName":"Kim","shippingAddress":"Seoul","shippingPhone":"01012345678"}""";
        assertThat(api.place(customer, body, null)).hasStatus(422).bodyJson().extractingPath("$.type")
                .isEqualTo("urn:ecommerce:problem:cart-empty");
        StubServices.cart("token-" + customer.id(), """
                [{"itemId":"1","productId":"%s","quantity":2,"price":1},
                 {"itemId":"2","productId":"%s","quantity":1}]""".formatted(StubServices.MOUSE, StubServices.LAPTOP));

        var order = api.placed(customer, body);

        assertThat(order.get("placedFromCart").asBoolean()).isTrue();
        assertThat(order.get("totalAmount").decimalValue()).isEqualByComparingTo("20001.00");
        assertThat(order.get("items")).hasSize(2);
    }

    @Test
    void showsOrdersOnlyToTheirOwnerNewestFirst() {
        Api api = new Api(mvc);
        Customer owner = Customer.fresh();
        String older = api.placed(owner, Api.items(StubServices.LAPTOP, 1)).get("id").asString();
        String newer = api.placed(owner, Api.items(StubServices.MOUSE, 1)).get("id").asString();

        assertThat(mvc.get().uri("/api/v1/orders/" + older).with(Customer.fresh().token())).hasStatus(404);
        assertThat(mvc.get().uri("/api/v1/orders/my").with(owner.token())).hasStatusOk()
                .hasHeader("X-Total-Count", "2").bodyJson().extractingPath("$[*].id").asArray()
                .containsExactly(newer, older);
    }

    private long ordersOf(Customer customer) {
        return jdbc.sql("select count(*) from orders where customer_id = ?").param(customer.id())
                .query(Long.class).single();
    }

    /** A placement the catalog keeps waiting (until {@code releaseSlow}), once it has claimed its key. */
    private CompletableFuture<MvcTestResult> placeHeldByTheCatalog(Api api, Customer customer, String key) {
        StubServices.holdSlow();
        CompletableFuture<MvcTestResult> placement = CompletableFuture.supplyAsync(
                () -> api.place(customer, Api.items(StubServices.SLOW, 1), key));
        await().atMost(KafkaProbe.WITHIN).until(() -> claimed(customer, key));
        return placement;
    }

    private String claimOf(Customer customer, String key) {
        return jdbc.sql("select cast(claim_id as text) from idempotency_key where customer_id = ? and idem_key = ?")
                .params(customer.id(), key).query(String.class).optional().orElse("");
    }

    private boolean claimed(Customer customer, String key) {
        return jdbc.sql("select count(*) from idempotency_key where customer_id = ? and idem_key = ? and state = 'IN_FLIGHT'")
                .params(customer.id(), key).query(Long.class).single() == 1;
    }
}
