package com.ecommerce.defaults.messaging.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;

import com.ecommerce.defaults.messaging.MessagingAutoConfiguration;
import io.micrometer.core.instrument.MeterRegistry;
import org.apache.kafka.clients.consumer.ConsumerConfig;
import org.apache.kafka.clients.consumer.KafkaConsumer;
import org.apache.kafka.clients.producer.KafkaProducer;
import org.apache.kafka.clients.producer.ProducerConfig;
import org.apache.kafka.common.serialization.ByteArrayDeserializer;
import org.apache.kafka.common.serialization.ByteArraySerializer;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnProperty;
import org.springframework.boot.autoconfigure.condition.ConditionalOnWebApplication;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.KafkaListenerEndpointRegistry;
import org.springframework.kafka.core.ConsumerFactory;
import org.springframework.kafka.core.ProducerFactory;

/**
 * Dead-letter depth and re-drive in every service with Kafka listeners. Records are read and
 * republished as raw bytes with clients of their own, so a re-driven record is the parked one,
 * byte for byte, even when it could not be decoded.
 */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
@ConditionalOnBean(MessagingAutoConfiguration.MessagingSchemaMigrated.class)
public class DeadLetterAutoConfiguration {

    private static final Duration READ_WITHIN = Duration.ofSeconds(30);

    @Bean
    DeadLetters deadLetters(KafkaListenerEndpointRegistry listeners, ConsumerFactory<?, ?> consumers,
            ProducerFactory<?, ?> producers) {
        Map<String, Object> base = new HashMap<>(consumers.getConfigurationProperties());
        DeadLetterTopics topics = new DeadLetterTopics(() -> {
            Map<String, Object> config = new HashMap<>(base);
            // One re-drive position per service; the listeners' own group is left alone.
            config.put(ConsumerConfig.GROUP_ID_CONFIG, config.getOrDefault(ConsumerConfig.GROUP_ID_CONFIG, "service")
                    + ".redrive");
            config.put(ConsumerConfig.ENABLE_AUTO_COMMIT_CONFIG, false);
            config.put(ConsumerConfig.AUTO_OFFSET_RESET_CONFIG, "earliest");
            config.put(ConsumerConfig.CLIENT_ID_CONFIG, "dead-letter-reader");
            return new KafkaConsumer<>(config, new ByteArrayDeserializer(), new ByteArrayDeserializer());
        }, READ_WITHIN);
        Map<String, Object> producerConfig = new HashMap<>(producers.getConfigurationProperties());
        producerConfig.put(ProducerConfig.CLIENT_ID_CONFIG, "dead-letter-redrive");
        producerConfig.remove(ProducerConfig.TRANSACTIONAL_ID_CONFIG);
        return new DeadLetters(listeners, topics,
                () -> new KafkaProducer<>(producerConfig, new ByteArraySerializer(), new ByteArraySerializer()));
    }

    @Bean
    DeadLetterDepth deadLetterDepth(DeadLetters deadLetters, ObjectProvider<MeterRegistry> meters) {
        return new DeadLetterDepth(deadLetters, meters, Duration.ofSeconds(30), Clock.systemUTC());
    }

    @Bean
    @ConditionalOnWebApplication(type = ConditionalOnWebApplication.Type.SERVLET)
    @ConditionalOnProperty(prefix = "ecommerce.messaging.dead-letters", name = "path")
    DeadLetterController deadLetterController(DeadLetters deadLetters) {
        return new DeadLetterController(deadLetters);
    }
}
