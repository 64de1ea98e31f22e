package com.ecommerce.defaults.messaging;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.time.Duration;

import com.ecommerce.defaults.messaging.outbox.Outbox;
import com.ecommerce.defaults.testapp.TestApplication;
import com.ecommerce.events.order.v1.OrderConfirmed;
import io.micrometer.core.instrument.MeterRegistry;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.context.ConfigurableApplicationContext;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.jdbc.datasource.DriverManagerDataSource;
import org.springframework.transaction.support.TransactionTemplate;

/**
 * A service that commits and dies before publishing loses nothing: the next instance's sweep
 * publishes the leftover. Runs in its own schema so no other test context's relay can publish
 * the leftover first and make the test pass for the wrong reason.
 */
class OutboxCrashRecoveryIT {

    private static final String SCHEMA = "outbox_crash_it";
    private static final String URL = "jdbc:postgresql://127.0.0.1:5432/defaults_it";

    @BeforeAll
    static void isolatedSchema() {
        JdbcClient admin = JdbcClient.create(new DriverManagerDataSource(URL, "defaults_it", "defaults_it"));
        admin.sql("drop schema if exists " + SCHEMA + " cascade").update();
        admin.sql("create schema " + SCHEMA).update();
    }

    @Test
    void messageCommittedByAProcessThatDiedBeforePublishingIsPublishedAfterRestart() throws Exception {
        String topic = TopicProbe.uniqueTopic("it.outbox.crash");
        OrderConfirmed event = TestEvents.orderConfirmed("o-4");
        try (TopicProbe probe = TopicProbe.listenTo(topic)) {
            try (ConfigurableApplicationContext crashed = serviceInstance(false)) {
                crashed.getBean(TransactionTemplate.class).executeWithoutResult(
                        tx -> crashed.getBean(Outbox.class).record(topic, "o-4", event));
                assertThat(pending(crashed)).isEqualTo(1);
                // Nothing publishes it, so its age keeps growing where an operator can see it.
                await().atMost(Duration.ofSeconds(5)).until(() -> oldestMessageAge(crashed) >= 0.3);
            }

            try (ConfigurableApplicationContext restarted = serviceInstance(true)) {
                await().atMost(Duration.ofSeconds(15)).until(() -> probe.received().size() == 1);
                await().atMost(Duration.ofSeconds(5)).until(() -> pending(restarted) == 0);
                assertThat(oldestMessageAge(restarted)).isZero();
            }

            assertThat(probe.received()).singleElement()
                    .satisfies(r -> assertThat(r.value()).isEqualTo(event.toByteArray()));
        }
    }

    /** One life of the service; with the relay off it records but never publishes, as if it died. */
    private static ConfigurableApplicationContext serviceInstance(boolean relayEnabled) {
        // Command-line arguments, so they win over the test application.yaml.
        return new SpringApplicationBuilder(TestApplication.class)
                .run("--server.port=0",
                        "--spring.datasource.url=" + URL + "?currentSchema=" + SCHEMA,
                        "--ecommerce.messaging.outbox.relay-enabled=" + relayEnabled,
                        "--ecommerce.messaging.outbox.sweep-interval=200ms");
    }

    private static double oldestMessageAge(ConfigurableApplicationContext context) {
        return context.getBean(MeterRegistry.class).get("outbox.oldest.message.age").gauge().value();
    }

    private static long pending(ConfigurableApplicationContext context) {
        return context.getBean(JdbcClient.class).sql("select count(*) from outbox_message").query(Long.class).single();
    }
}
