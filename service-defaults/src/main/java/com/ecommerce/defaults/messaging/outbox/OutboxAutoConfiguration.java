package com.ecommerce.defaults.messaging.outbox;

import java.time.Clock;

import com.ecommerce.defaults.id.IdAutoConfiguration;
import com.ecommerce.defaults.id.IdGenerator;
import com.ecommerce.defaults.messaging.MessagingAutoConfiguration;
import com.ecommerce.defaults.messaging.MessagingProperties;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.simple.SimpleMeterRegistry;
import io.micrometer.tracing.Tracer;
import io.micrometer.tracing.propagation.Propagator;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBean;
import org.springframework.context.annotation.Bean;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.kafka.core.KafkaTemplate;
import org.springframework.transaction.PlatformTransactionManager;
import org.springframework.transaction.support.TransactionTemplate;

/** The outbox and its relay, in every service that has a database and Kafka. */
@AutoConfiguration(after = {MessagingAutoConfiguration.class, IdAutoConfiguration.class})
@ConditionalOnBean(MessagingProperties.class)
public class OutboxAutoConfiguration {

    @Bean
    OutboxMessages outboxMessages(JdbcClient jdbc) {
        return new OutboxMessages(jdbc);
    }

    @Bean
    TraceContextCarrier outboxTraceContextCarrier(ObjectProvider<Tracer> tracer, ObjectProvider<Propagator> propagator) {
        Tracer t = tracer.getIfAvailable();
        Propagator p = propagator.getIfAvailable();
        return t != null && p != null ? new TraceContextCarrier(t, p) : TraceContextCarrier.disabled();
    }

    @Bean
    OutboxRelay outboxRelay(OutboxMessages messages, KafkaTemplate<Object, Object> kafka,
            PlatformTransactionManager transactionManager, TraceContextCarrier traces,
            MessagingProperties properties, ObjectProvider<MeterRegistry> meters,
            MessagingAutoConfiguration.MessagingSchemaMigrated schema) {
        return new OutboxRelay(messages, kafka, new TransactionTemplate(transactionManager), traces,
                properties.outbox(), meters.getIfAvailable(SimpleMeterRegistry::new), Clock.systemUTC());
    }

    /** Depends on the migrated schema so no message is recorded before its table exists. */
    @Bean
    Outbox outbox(OutboxMessages messages, IdGenerator ids, TraceContextCarrier traces, OutboxRelay relay,
            MessagingProperties properties, MessagingAutoConfiguration.MessagingSchemaMigrated schema) {
        Runnable wake = properties.outbox().relayEnabled() ? relay::wakeUp : () -> { };
        return new Outbox(messages, ids, traces, wake, Clock.systemUTC());
    }
}
