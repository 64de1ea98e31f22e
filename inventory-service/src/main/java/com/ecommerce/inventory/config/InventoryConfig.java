package com.ecommerce.inventory.config;

import java.time.Clock;

import com.ecommerce.inventory.domain.ReservationTerms;

import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.boot.context.properties.EnableConfigurationProperties;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;

@Configuration(proxyBeanMethods = false)
@EnableScheduling
@EnableConfigurationProperties(InventoryProperties.class)
class InventoryConfig {

    @Bean
    @ConditionalOnMissingBean
    Clock clock() {
        return Clock.systemUTC();
    }

    @Bean
    ReservationTerms reservationTerms(InventoryProperties properties, Clock clock) {
        return new ReservationTerms(properties.reservationTtl(), clock);
    }
}
