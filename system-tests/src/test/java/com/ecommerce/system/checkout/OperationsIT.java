package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;

import tools.jackson.databind.JsonNode;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The operators' tools of the checkout, reached through the gateway: each saga participant's
 * dead letters (what it parked per consumed topic, and re-drive) are for admins only.
 */
class OperationsIT {

    @ParameterizedTest(name = "{0}")
    @CsvSource({
            "/api/v1/orders/dead-letters, inventory.events.v1, payment.events.v1",
            "/api/v1/inventory/dead-letters, inventory.commands.v1, product.events.v1",
            "/api/v1/payments/dead-letters, payment.commands.v1, order.events.v1",
            "/api/v1/carts/dead-letters, order.events.v1, product.events.v1"})
    void adminsSeeEachServicesDeadLettersPerConsumedTopic(String path, String consumed, String alsoConsumed) {
        HttpResponse<String> listed = Shop.get(path, Shop.admin().auth());

        assertThat(listed.statusCode()).as(listed.body()).isEqualTo(200);
        List<String> topics = new ArrayList<>();
        Shop.json(listed).forEach(topic -> {
            topics.add(topic.get("topic").asString());
            assertThat(topic.get("parked").asInt()).isEqualTo(topic.get("messages").size());
        });
        assertThat(topics).contains(consumed, alsoConsumed);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/orders/dead-letters", "/api/v1/payments/dead-letters"})
    void customersMayNeitherSeeNorReDriveDeadLetters(String path) {
        Shop.Session customer = Shop.signUp();

        assertThat(Shop.get(path, customer.auth()).statusCode()).isEqualTo(403);
        assertThat(Shop.post(path + "/redrive?topic=payment.commands.v1", null, customer.auth()).statusCode())
                .isEqualTo(403);
    }

    @ParameterizedTest(name = "{0}")
    @CsvSource({"/api/v1/orders/dead-letters", "/api/v1/inventory/dead-letters"})
    void reDrivingATopicTheServiceDoesNotConsumeIsAProblemNotFound(String path) {
        HttpResponse<String> refused = Shop.post(path + "/redrive?topic=no.such.topic", null, Shop.admin().auth());

        assertThat(refused.statusCode()).isEqualTo(404);
        JsonNode problem = Shop.json(refused);
        assertThat(problem.get("type").asString()).isEqualTo("urn:ecommerce:problem:topic-not-consumed");
    }
}
