package com.ecommerce.system;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.List;
import java.util.stream.StreamSupport;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;

/** The platform that {@code ./platform up} started is healthy and wired together. */
class PlatformHealthIT {

    /** Every business service that exists in this build; each must register and be routable. */
    private static final List<String> SERVICES = List.of("PRODUCT-SERVICE", "INVENTORY-SERVICE", "CART-SERVICE",
            "ORDER-SERVICE", "PAYMENT-SERVICE", "USER-SERVICE", "API-GATEWAY");

    @Test
    void gatewayAndDiscoveryReportHealthUp() {
        assertThat(Platform.json(Platform.get(Platform.GATEWAY + "/actuator/health")).get("status").asString())
                .isEqualTo("UP");
        assertThat(Platform.json(Platform.get(Platform.DISCOVERY + "/actuator/health")).get("status").asString())
                .isEqualTo("UP");
    }

    @Test
    void everyServiceIsRegisteredAtLoopbackAndUp() {
        await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
            JsonNode apps = Platform.json(Platform.get(Platform.DISCOVERY + "/eureka/apps", "Accept", "application/json"))
                    .get("applications").get("application");
            List<JsonNode> instances = StreamSupport.stream(apps.spliterator(), false)
                    .flatMap(app -> StreamSupport.stream(app.get("instance").spliterator(), false))
                    .toList();
            assertThat(instances).extracting(i -> i.get("app").asString()).containsAll(SERVICES);
            assertThat(instances).allSatisfy(instance -> {
                assertThat(instance.get("ipAddr").asString()).isEqualTo("127.0.0.1");
                assertThat(instance.get("status").asString()).isEqualTo("UP");
            });
        });
    }

    @Test
    void everyServicesOpenApiIsServedThroughTheGatewayWithOneSwaggerUi() {
        assertThat(Platform.get(Platform.GATEWAY + "/swagger-ui.html").statusCode()).isIn(200, 302);
        for (String service : List.of("product-service", "inventory-service", "cart-service", "order-service",
                "payment-service", "user-service")) {
            await().atMost(Duration.ofSeconds(60)).untilAsserted(() -> {
                HttpResponse<String> docs = Platform.get(Platform.GATEWAY + "/v3/api-docs/" + service);
                assertThat(docs.statusCode()).as(service).isEqualTo(200);
                assertThat(Platform.json(docs).get("openapi").asString()).startsWith("3.");
                // Only what clients may call: no /error, and no "caller" (it is read from the token).
                assertThat(docs.body()).as(service).doesNotContain("\"/error\"").doesNotContain("\"name\":\"caller\"");
            });
        }
    }

    @Test
    void prometheusMetricsAreExposed() {
        HttpResponse<String> response = Platform.get(Platform.GATEWAY + "/actuator/prometheus");

        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.body()).contains("jvm_memory_used_bytes");
    }
}
