package com.ecommerce.defaults.messaging.deadletter;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

import com.ecommerce.defaults.messaging.TopicProbe;
import com.ecommerce.defaults.messaging.TestEvents;
import com.ecommerce.defaults.messaging.inbox.Inbox;
import com.ecommerce.defaults.testapp.TestApplication;
import com.ecommerce.events.order.v1.OrderConfirmed;
import com.google.protobuf.Message;
import com.ecommerce.testsupport.TestIssuer;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.SpringBootTest.WebEnvironment;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.test.web.server.LocalServerPort;
import org.springframework.context.annotation.Import;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.annotation.KafkaListener;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.test.context.DynamicPropertyRegistry;
import org.springframework.test.context.DynamicPropertySource;

/**
 * A consumer that fails on an event until its cause is fixed: the event is parked on the
 * dead-letter topic and counted, an operator re-drives it after the fix, the consumer applies it
 * exactly once, and a second re-drive finds nothing. Local Kafka and PostgreSQL, real HTTP.
 */
@SpringBootTest(classes = TestApplication.class, webEnvironment = WebEnvironment.RANDOM_PORT,
        properties = "ecommerce.messaging.dead-letters.path=/probe/dead-letters")
@Import(DeadLettersIT.FailingUntilFixed.class)
class DeadLettersIT {

    public static final String TOPIC = TopicProbe.uniqueTopic("it.redrive");
    private static final String GROUP = "redrive-it-" + UUID.randomUUID().toString().substring(0, 8);
    private static final TestIssuer ISSUER = new TestIssuer();
    private static final Duration WITHIN = Duration.ofSeconds(30);

    private final HttpClient http = HttpClient.newHttpClient();
    private final JsonMapper json = JsonMapper.builder().build();

    @LocalServerPort
    int port;
    @Autowired
    KafkaTemplate<Object, Object> kafka;
    @Autowired
    DeadLetters deadLetters;
    @Autowired
    FailingUntilFixed consumer;
    @Autowired
    MeterRegistry meters;

    @DynamicPropertySource
    static void issuer(DynamicPropertyRegistry registry) {
        registry.add("spring.security.oauth2.resourceserver.jwt.jwk-set-uri", ISSUER::jwksUri);
        registry.add("redrive-it.group", () -> GROUP);
    }

    @BeforeAll
    static void topics() {
        TopicProbe.createTopics(TOPIC, TOPIC + ".dlt");
    }

    @AfterAll
    static void stopIssuer() {
        ISSUER.stop();
    }

    @Test
    void aParkedEventIsCountedListedAndAppliedOnceWhenReDrivenAfterTheFix() throws Exception {
        String orderId = "redrive-" + UUID.randomUUID();
        kafka.send(TOPIC, orderId, TestEvents.orderConfirmed(orderId));
        await().atMost(WITHIN).until(() -> deadLetters.parked(TOPIC).size() == 1);

        JsonNode listed = call("GET", "/probe/dead-letters", "ADMIN", 200);
        JsonNode topic = listed.valueStream().filter(t -> t.get("topic").asString().equals(TOPIC)).findFirst().orElseThrow();
        assertThat(topic.get("group").asString()).isEqualTo(GROUP);
        assertThat(topic.get("parked").asInt()).isEqualTo(1);
        assertThat(topic.get("messages").get(0).get("key").asString()).isEqualTo(orderId);
        assertThat(topic.get("messages").get(0).get("exceptionMessage").asString()).contains("not fixed yet");
        assertThat(meters.get("messaging.dead.letters").tag("topic", TOPIC).gauge().value()).isEqualTo(1.0);
        assertThat(consumer.applied(orderId)).isZero();

        consumer.fix();
        JsonNode redriven = call("POST", "/probe/dead-letters/redrive?topic=" + TOPIC, "ADMIN", 200);

        assertThat(redriven.get("redriven").asInt()).isEqualTo(1);
        await().atMost(WITHIN).until(() -> consumer.applied(orderId) == 1);
        assertThat(deadLetters.parked(TOPIC)).isEmpty();
        assertThat(call("POST", "/probe/dead-letters/redrive?topic=" + TOPIC, "ADMIN", 200).get("redriven").asInt())
                .as("a second re-drive finds nothing").isZero();
    }

    @Test
    void onlyAdminsSeeOrReDriveDeadLetters() throws Exception {
        call("GET", "/probe/dead-letters", "CUSTOMER", 403);
        call("POST", "/probe/dead-letters/redrive?topic=" + TOPIC, "CUSTOMER", 403);
    }

    @Test
    void aTopicThisServiceDoesNotConsumeIsNotFound() throws Exception {
        JsonNode problem = call("POST", "/probe/dead-letters/redrive?topic=nobody.consumes.this", "ADMIN", 404);
        assertThat(problem.get("type").asString()).isEqualTo("urn:ecommerce:problem:topic-not-consumed");
        for (String blank : new String[] {"", "%20"}) {
            assertThat(call("POST", "/probe/dead-letters/redrive?topic=" + blank, "ADMIN", 404).get("type").asString())
                    .as("topic '%s'", blank).isEqualTo("urn:ecommerce:problem:topic-not-consumed");
        }
    }

    private JsonNode call(String method, String path, String role, int expectedStatus) throws Exception {
        HttpRequest request = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + path))
                .header("Authorization", "Bearer " + ISSUER.token("0C6JNH3N3B8G0", role))
                .method(method, HttpRequest.BodyPublishers.noBody()).build();
        HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
        assertThat(response.statusCode()).as(response.body()).isEqualTo(expectedStatus);
        return response.body().isEmpty() ? null : json.readTree(response.body());
    }

    /** Fails every delivery (retries exhausted, so it is parked) until fixed; then applies through the inbox. */
    @TestConfiguration
    static class FailingUntilFixed {

        private final Set<String> fixed = ConcurrentHashMap.newKeySet();
        private final Inbox inbox;
        private final JdbcClient jdbc;

        FailingUntilFixed(Inbox inbox, JdbcClient jdbc) {
            this.inbox = inbox;
            this.jdbc = jdbc;
            jdbc.sql("create table if not exists redrive_it_effect (order_id text not null)").update();
        }

        void fix() {
            fixed.add("yes");
        }

        long applied(String orderId) {
            return jdbc.sql("select count(*) from redrive_it_effect where order_id = ?").param(orderId)
                    .query(Long.class).single();
        }

        @KafkaListener(topics = "#{T(com.ecommerce.defaults.messaging.deadletter.DeadLettersIT).TOPIC}",
                groupId = "${redrive-it.group}")
        void on(Message message) {
            OrderConfirmed event = (OrderConfirmed) message;
            if (fixed.isEmpty()) {
                throw new IllegalStateException("the cause of this failure is not fixed yet");
            }
            inbox.receive(GROUP, event, () -> jdbc.sql("insert into redrive_it_effect (order_id) values (?)")
                    .param(event.getOrderId()).update());
        }
    }
}
