package com.ecommerce.defaults.messaging;

import java.util.ArrayList;
import java.util.List;

import javax.sql.DataSource;

import com.ecommerce.events.Topics;
import org.apache.kafka.clients.admin.NewTopic;
import org.apache.kafka.common.TopicPartition;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.boot.flyway.autoconfigure.FlywayMigrationInitializer;
import org.springframework.context.annotation.Bean;
import org.springframework.kafka.config.TopicBuilder;
import org.springframework.kafka.core.KafkaAdmin;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.kafka.listener.CommonErrorHandler;
import org.springframework.kafka.listener.DeadLetterPublishingRecoverer;
import org.springframework.kafka.listener.DefaultErrorHandler;
import org.springframework.kafka.support.ExponentialBackOffWithMaxRetries;

/**
 * Shared messaging set-up for services with a database and Kafka: the outbox/inbox schema, the
 * platform's topics (with their dead-letter topics) and the listener error handling.
 */
@AutoConfiguration(afterName = {
        "org.springframework.boot.jdbc.autoconfigure.DataSourceAutoConfiguration",
        "org.springframework.boot.jdbc.autoconfigure.JdbcClientAutoConfiguration",
        "org.springframework.boot.flyway.autoconfigure.FlywayAutoConfiguration",
        "org.springframework.boot.kafka.autoconfigure.KafkaAutoConfiguration"})
@ConditionalOnBean({DataSource.class, KafkaTemplate.class})
@EnableConfigurationProperties(MessagingProperties.class)
public class MessagingAutoConfiguration {

    /** A marker bean whose creation migrates the messaging tables, after the service's own. */
    @Bean
    MessagingSchemaMigrated messagingSchemaMigrated(DataSource dataSource,
            ObjectProvider<FlywayMigrationInitializer> serviceMigrations) {
        serviceMigrations.ifAvailable(initializer -> { });
        MessagingSchema.migrate(dataSource);
        return new MessagingSchemaMigrated();
    }

    @Bean
    KafkaAdmin.NewTopics platformTopics(MessagingProperties properties) {
        List<NewTopic> topics = new ArrayList<>();
        for (String topic : Topics.ALL) {
            topics.add(TopicBuilder.name(topic).partitions(properties.partitions()).build());
            topics.add(TopicBuilder.name(Topics.deadLetter(topic)).partitions(properties.partitions()).build());
        }
        return new KafkaAdmin.NewTopics(topics.toArray(NewTopic[]::new));
    }

    /**
     * Retries a failing record with exponential backoff, then publishes it unchanged to
     * {@code <topic>.dlt} and moves on. Records that can never succeed (undecodable, or rejected
     * as unprocessable) skip the retries.
     */
    @Bean
    @ConditionalOnMissingBean(CommonErrorHandler.class)
    DefaultErrorHandler kafkaErrorHandler(KafkaTemplate<Object, Object> template, MessagingProperties properties) {
        DeadLetterPublishingRecoverer deadLetters = new DeadLetterPublishingRecoverer(template,
                (record, failure) -> new TopicPartition(Topics.deadLetter(record.topic()), -1));
        MessagingProperties.Retry retry = properties.retry();
        ExponentialBackOffWithMaxRetries backOff = new ExponentialBackOffWithMaxRetries(retry.attempts());
        backOff.setInitialInterval(retry.initialInterval().toMillis());
        backOff.setMultiplier(retry.multiplier());
        backOff.setMaxInterval(retry.maxInterval().toMillis());
        DefaultErrorHandler handler = new DefaultErrorHandler(deadLetters, backOff);
        handler.addNotRetryableExceptions(UnprocessableMessage.class, IllegalArgumentException.class);
        return handler;
    }

    /** Present once the messaging tables exist; beans that use them depend on it. */
    public static final class MessagingSchemaMigrated {
    }
}
