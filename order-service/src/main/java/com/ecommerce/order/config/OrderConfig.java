package com.ecommerce.order.config;

import java.time.Clock;

import com.ecommerce.order.domain.OrderSaga;
import com.ecommerce.order.domain.SagaTimeouts;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(OrderProperties.class)
class OrderConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    SagaTimeouts sagaTimeouts(OrderProperties properties) {
        OrderProperties.Saga saga = properties.saga();
        return new SagaTimeouts(saga.reserveTimeout(), saga.payTimeout(), saga.confirmTimeout());
    }

    @Bean
    OrderSaga orderSaga(SagaTimeouts timeouts) {
        return new OrderSaga(timeouts);
    }
}
