package com.ecommerce.payment;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.context.ActiveProfiles;

/**
 * The whole service against the local PostgreSQL and Kafka, on its own topics, with the simulated
 * provider behind a {@link RecordingPaymentProvider} and a {@link PaymentProbe} to read back. Every test class with this annotation shares
 * one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("it")
@Import({PaymentIT.Topics.class, RecordingPaymentProvider.Wiring.class, PaymentProbe.class})
public @interface PaymentIT {

    String COMMANDS = "it.payment.commands";
    String EVENTS = "it.payment.events";
    String ORDERS = "it.order.events";

    /** The tests' topics and their dead-letter topics; records live an hour, so reruns stay fast. */
    @TestConfiguration(proxyBeanMethods = false)
    class Topics {

        @Bean
        KafkaAdmin.NewTopics paymentItTopics() {
            return new KafkaAdmin.NewTopics(Stream.of(COMMANDS, EVENTS, ORDERS)
                    .flatMap(t -> Stream.of(t, t + ".dlt"))
                    .map(t -> new NewTopic(t, 3, (short) 1).configs(Map.of("retention.ms", "3600000")))
                    .toArray(NewTopic[]::new));
        }
    }
}
