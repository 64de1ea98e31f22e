package com.ecommerce.product.config;

import java.time.Clock;
import java.time.Duration;

import io.lettuce.core.ClientOptions;
import io.lettuce.core.SocketOptions;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.data.redis.autoconfigure.LettuceClientConfigurationBuilderCustomizer;
import org.springframework.cache.Cache;
import org.springframework.cache.annotation.CachingConfigurer;
import org.springframework.cache.annotation.EnableCaching;
import org.springframework.cache.interceptor.CacheErrorHandler;
import org.springframework.context.annotation.Bean;
import org.springframework.context.annotation.Configuration;
import org.springframework.core.Ordered;
import org.springframework.data.redis.cache.BatchStrategies;
import org.springframework.data.redis.cache.RedisCacheConfiguration;
import org.springframework.data.redis.cache.RedisCacheManager;
import org.springframework.data.redis.cache.RedisCacheWriter;
import org.springframework.data.redis.connection.RedisConnectionFactory;

/**
 * Product caches in Redis. The cache is an accelerator, never a dependency: when Redis is
 * unreachable, reads go to the database ({@link FallThroughCacheErrorHandler}) and Lettuce fails
 * fast instead of queueing commands. Caching wraps the transaction (higher precedence), so a hit
 * never borrows a database connection.
 */
@Configuration(proxyBeanMethods = false)
@EnableCaching(order = Ordered.HIGHEST_PRECEDENCE)
class CacheConfig implements CachingConfigurer {

    private static final Logger log = LoggerFactory.getLogger(CacheConfig.class);

    @Bean
    RedisCacheManager cacheManager(RedisConnectionFactory connections, CatalogProperties properties) {
        // SCAN, not KEYS, when a change clears a whole cache: KEYS blocks Redis. Immediate writes:
        // with Lettuce, Spring Data Redis 4 puts, evicts and clears asynchronously by default, so an
        // admin's next read could still find the entry the change evicted, and a repeated read could
        // miss the entry the first one was about to write.
        RedisCacheWriter writer = RedisCacheWriter.create(connections,
                configurer -> configurer.batchStrategy(BatchStrategies.scan(500)).immediateWrites());
        RedisCacheConfiguration defaults = RedisCacheConfiguration.defaultCacheConfig()
                .entryTtl(properties.cacheTtl())
                .prefixCacheNameWith(properties.cacheKeyPrefix())
                .disableCachingNullValues();
        RedisCacheManager manager = new RedisCacheManager(writer, defaults) {
            @Override
            protected Cache decorateCache(Cache cache) {
                return super.decorateCache(new EvictionTolerantCache(cache, log));
            }
        };
        // Transaction-aware: evictions run after commit, so no reader re-caches the old state in between.
        manager.setTransactionAware(true);
        return manager;
    }

    @Bean
    LettuceClientConfigurationBuilderCustomizer failFastWhenRedisIsDown() {
        return builder -> builder.clientOptions(ClientOptions.builder()
                .disconnectedBehavior(ClientOptions.DisconnectedBehavior.REJECT_COMMANDS)
                .autoReconnect(true)
                .socketOptions(SocketOptions.builder().connectTimeout(Duration.ofMillis(300)).build())
                .build());
    }

    @Override
    public CacheErrorHandler errorHandler() {
        return new FallThroughCacheErrorHandler(log);
    }

    @Bean
    Clock clock() {
        return Clock.systemUTC();
    }
}
