package com.ecommerce.defaults.messaging.inbox;

import java.time.Clock;

import com.ecommerce.defaults.messaging.MessagingAutoConfiguration;
import com.ecommerce.defaults.messaging.MessagingProperties;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The inbox, in every service that has a database and Kafka. */
@AutoConfiguration(after = MessagingAutoConfiguration.class)
@ConditionalOnBean(MessagingProperties.class)
public class InboxAutoConfiguration {

    /** Depends on the migrated schema so no event is received before its table exists. */
    @Bean
    Inbox inbox(JdbcClient jdbc, PlatformTransactionManager transactionManager,
            MessagingAutoConfiguration.MessagingSchemaMigrated schema) {
        return new Inbox(jdbc, new TransactionTemplate(transactionManager), Clock.systemUTC());
    }
}
