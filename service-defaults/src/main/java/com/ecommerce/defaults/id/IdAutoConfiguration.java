package com.ecommerce.defaults.id;

import java.util.concurrent.ThreadLocalRandom;

import org.springframework.boot.autoconfigure.AutoConfiguration;
import org.springframework.boot.autoconfigure.condition.ConditionalOnMissingBean;
import org.springframework.context.annotation.Bean;
import org.springframework.core.env.Environment;

/**
 * One {@link IdGenerator} per service instance. The node id comes from {@code ecommerce.ids.node}
 * (0-1023; set it per replica in production); without it a random node is chosen, which makes a
 * collision between two instances unlikely but not impossible.
 */
@AutoConfiguration
public class IdAutoConfiguration {

    @Bean
    @ConditionalOnMissingBean
    IdGenerator idGenerator(Environment environment) {
        Integer node = environment.getProperty("ecommerce.ids.node", Integer.class);
        return new IdGenerator(node != null ? node : ThreadLocalRandom.current().nextInt(1024));
    }
}
