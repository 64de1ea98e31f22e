package com.ecommerce.order;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import java.util.Map;
import java.util.stream.Stream;

import org.apache.kafka.clients.admin.NewTopic;

import org.springframework.boot.test.context.SpringBootTest;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.boot.webmvc.test.autoconfigure.AutoConfigureMockMvc;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Import;
import org.springframework.context.annotation.Primary;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.test.context.ActiveProfiles;
import org.springframework.test.context.ContextConfiguration;

/**
 * The whole service against the local PostgreSQL and Kafka, on its own topics, with stubbed
 * catalog and cart and a clock the tests move. Every test class with this annotation shares one
 * application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@AutoConfigureMockMvc
@ActiveProfiles("it")
@ContextConfiguration(initializers = StubServices.Initializer.class)
@Import(OrderIT.Support.class)
public @interface OrderIT {

    String ORDER_EVENTS = "it.order.events";
    String INVENTORY_COMMANDS = "it.inventory.commands.o";
    String PAYMENT_COMMANDS = "it.payment.commands.o";
    String INVENTORY_EVENTS = "it.inventory.events.o";
    String PAYMENT_EVENTS = "it.payment.events.o";

    @TestConfiguration(proxyBeanMethods = false)
    class Support {

        /** The tests' topics and their dead-letter topics; records live an hour, so reruns stay fast. */
        @Bean
        KafkaAdmin.NewTopics orderItTopics() {
            return new KafkaAdmin.NewTopics(Stream.of(ORDER_EVENTS, INVENTORY_COMMANDS, PAYMENT_COMMANDS,
                            INVENTORY_EVENTS, PAYMENT_EVENTS)
                    .flatMap(t -> Stream.of(t, t + ".dlt"))
                    .map(t -> new NewTopic(t, 1, (short) 1).configs(Map.of("retention.ms", "3600000")))
                    .toArray(NewTopic[]::new));
        }

        @Bean
        @Primary
        MovableClock movableClock() {
            return new MovableClock();
        }
    }
}
