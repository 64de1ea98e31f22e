package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.IntStream;

import com.ecommerce.system.PlatformProcesses;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A saga participant, or the orchestrator itself, crashes (SIGKILL) while a batch of orders is in
 * flight and comes back: every order still ends, each exactly once, and the invariants hold. Orders
 * are placed in three waves: before the crash (their sagas are mid-way when it lands), while the
 * service is down or starting (placements retried with their Idempotency-Key until accepted), and
 * after it is back, when checkout must work normally again.
 */
class CrashRecoveryIT {

    private static final int CUSTOMERS = 4;
    private static final int ORDERS_EACH_WAVE = 2;
    private static final int STOCK = 50;
    private static final Duration DOWNTIME_RETRIES = Duration.ofMinutes(5);

    static Catalog catalog;

    @BeforeAll
    static void controllablePlatform() {
        PlatformProcesses.assumeControllable();
        catalog = new Catalog(Shop.admin());
    }

    @ParameterizedTest(name = "{0} killed mid-batch")
    @ValueSource(strings = {"inventory-service", "payment-service", "order-service"})
    void everyOrderEndsAndTheInvariantsHoldWhenAServiceCrashesMidBatch(String service) throws Exception {
        String productId = catalog.productWithStock("7000", STOCK);
        List<Shop.Session> customers = IntStream.range(0, CUSTOMERS).mapToObj(i -> Shop.signUp()).toList();
        OrderBatch batch = new OrderBatch(productId);

        batch.place(customers, ORDERS_EACH_WAVE, Duration.ofMinutes(1));
        CompletableFuture<Void> restarted = CompletableFuture.runAsync(() -> PlatformProcesses.crashAndRestart(service));
        batch.place(customers, ORDERS_EACH_WAVE, DOWNTIME_RETRIES);
        restarted.join();
        List<String> afterRecovery = batch.place(customers, ORDERS_EACH_WAVE, Duration.ofMinutes(1));

        int orders = 3 * CUSTOMERS * ORDERS_EACH_WAVE;
        assertThat(batch.size()).as("one order per placement, retries included").isEqualTo(orders);
        batch.awaitAllTerminal(Duration.ofMinutes(3), 3 * ORDERS_EACH_WAVE);
        assertThat(afterRecovery).as("orders placed after the restart confirm normally")
                .allSatisfy(id -> assertThat(OrderBatch.status(batch.order(id))).isEqualTo("CONFIRMED"));
        int confirmed = batch.withStatus("CONFIRMED").size();
        System.out.printf("%s killed mid-batch: %d orders, %d confirmed, cancelled by reason %s%n", service, orders,
                confirmed, batch.withStatus("CANCELLED").stream().collect(java.util.stream.Collectors.groupingBy(
                        o -> o.get("cancellationReason").asString(), java.util.stream.Collectors.counting())));
        batch.assertStockAccountedFor(productId, STOCK);
        batch.assertEachConfirmedOrderCapturedItsTotal();
        Invariants.assertHold(Shop.admin());
    }
}
