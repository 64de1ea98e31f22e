package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.security.SecureRandom;
import java.time.Duration;
import java.util.HexFormat;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.Stream;

import com.ecommerce.system.Platform;
import com.ecommerce.system.observe.Zipkin;
import org.junit.jupiter.api.Test;

/**
 * The Zipkin that {@code ./platform test} starts beside the platform: one checkout, from the
 * client's request through the gateway, order-service's saga over Kafka, inventory and payment,
 * arrives there as one connected trace. A hop that drops the trace context (a relay thread, a
 * listener, the gateway's routing) would split it, and this test would say where.
 */
class TracingIT {

    private static final Duration REPORTED_WITHIN = Duration.ofSeconds(30);
    private static final SecureRandom RANDOM = new SecureRandom();
    private static final Set<String> CHECKOUT_SERVICES =
            Set.of("api-gateway", "order-service", "inventory-service", "payment-service");

    @Test
    void aCheckoutIsOneTraceFromTheGatewayOverHttpAndKafkaToInventoryAndPayment() {
        String productId = new Catalog(Shop.admin()).productWithStock("4300", 3);
        Shop.Session customer = Shop.signUp();
        // The client starts the trace (W3C trace context), so the test knows its id.
        String traceId = hex(16);
        String clientSpanId = hex(8);
        HttpResponse<String> placed = Shop.post("/api/v1/orders", Orders.items(productId, 1, null),
                "Authorization", Platform.bearer(customer.accessToken()),
                "traceparent", "00-" + traceId + "-" + clientSpanId + "-01");
        assertThat(placed.statusCode()).as(placed.body()).isEqualTo(201);
        String orderId = Shop.json(placed).get("id").asString();
        assertThat(Orders.settled(customer, orderId).get("status").asString()).isEqualTo("CONFIRMED");

        await().atMost(REPORTED_WITHIN).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).untilAsserted(() -> {
            List<Zipkin.Span> spans = Zipkin.trace(traceId);
            assertThat(servicesOf(spans)).as("services in trace " + traceId).containsAll(CHECKOUT_SERVICES);
            // Over Kafka too: the saga's commands arrive in inventory and payment as consumer spans.
            assertThat(spans).as("Kafka consumer spans").anySatisfy(span -> assertConsumer(span, "inventory-service"))
                    .anySatisfy(span -> assertConsumer(span, "payment-service"));
            assertConnected(spans, clientSpanId);
        });
    }

    private static void assertConsumer(Zipkin.Span span, String service) {
        assertThat(span.service()).isEqualTo(service);
        assertThat(span.kind()).isEqualTo("CONSUMER");
    }

    /** Every span hangs from the client's span or from another span of the same trace. */
    private static void assertConnected(List<Zipkin.Span> spans, String clientSpanId) {
        Set<String> ids = spans.stream().map(Zipkin.Span::id).collect(Collectors.toSet());
        assertThat(spans).as("spans whose parent is not in the trace").allSatisfy(span ->
                assertThat(span.parentId()).as(span.toString()).isIn(union(ids, clientSpanId)));
        assertThat(spans).filteredOn(span -> clientSpanId.equals(span.parentId()))
                .as("the gateway's server span is the only child of the client's")
                .singleElement().satisfies(span -> assertThat(span.service()).isEqualTo("api-gateway"));
    }

    private static Set<String> union(Set<String> ids, String id) {
        return Stream.concat(ids.stream(), Stream.of(id)).collect(Collectors.toSet());
    }

    private static Set<String> servicesOf(List<Zipkin.Span> spans) {
        return spans.stream().map(Zipkin.Span::service).collect(Collectors.toSet());
    }

    private static String hex(int bytes) {
        byte[] value = new byte[bytes];
        RANDOM.nextBytes(value);
        return HexFormat.of().formatHex(value);
    }
}
