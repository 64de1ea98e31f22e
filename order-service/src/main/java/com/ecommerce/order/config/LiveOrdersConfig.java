package com.ecommerce.order.config;

import org.springframework.boot.kafka.autoconfigure.ConcurrentKafkaListenerContainerFactoryConfigurer;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.kafka.config.ConcurrentKafkaListenerContainerFactory;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.listener.ContainerProperties;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.util.backoff.FixedBackOff;

/** The Kafka listener behind the customers' live order streams (LiveOrderEventsListener). */
@Configuration(proxyBeanMethods = false)
class LiveOrdersConfig {

    /**
     * The service's Kafka settings, but offsets are never committed (each instance's group is
     * random and lives as long as the instance) and a failing event is logged and skipped rather
     * than retried or dead-lettered: a live view loses nothing durable by missing one.
     */
    @Bean
    ConcurrentKafkaListenerContainerFactory<Object, Object> liveOrderEventsContainerFactory(
            ConcurrentKafkaListenerContainerFactoryConfigurer configurer, ConsumerFactory<Object, Object> consumers) {
        ConcurrentKafkaListenerContainerFactory<Object, Object> factory = new ConcurrentKafkaListenerContainerFactory<>();
        configurer.configure(factory, consumers);
        factory.setConcurrency(1);
        factory.getContainerProperties().setAckMode(ContainerProperties.AckMode.MANUAL);
        factory.setCommonErrorHandler(new DefaultErrorHandler(new FixedBackOff(0, 0)));
        return factory;
    }
}
