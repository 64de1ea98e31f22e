package com.ecommerce.inventory;

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
 * The whole service against the local PostgreSQL and Kafka, on its own topics. Every test class
 * with this annotation shares one application context.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@SpringBootTest
@ActiveProfiles("it")
@Import(InventoryIT.Topics.class)
public @interface InventoryIT {

    String COMMANDS = "it.inventory.commands";
    String EVENTS = "it.inventory.events";
    String PRODUCTS = "it.product.events";

    /** The tests' topics and their dead-letter topics; records live an hour, so reruns stay fast. */
    @TestConfiguration(proxyBeanMethods = false)
    class Topics {

        @Bean
        KafkaAdmin.NewTopics inventoryItTopics() {
            return new KafkaAdmin.NewTopics(Stream.of(COMMANDS, EVENTS, PRODUCTS)
                    .flatMap(t -> Stream.of(t, t + ".dlt"))
                    .map(t -> new NewTopic(t, 3, (short) 1).configs(Map.of("retention.ms", "3600000")))
                    .toArray(NewTopic[]::new));
        }
    }
}
