package com.ecommerce.product.config;

import org.slf4j.Logger;

import org.springframework.cache.Cache;
import org.springframework.cache.interceptor.CacheErrorHandler;

/**
 * Treats a failing cache as a miss: the caller reads from the database. Logged without the stack
 * trace and at WARN, because while Redis is down every request would otherwise flood the log.
 */
class FallThroughCacheErrorHandler implements CacheErrorHandler {

    private final Logger log;

    FallThroughCacheErrorHandler(Logger log) {
        this.log = log;
    }

    @Override
    public void handleCacheGetError(RuntimeException failure, Cache cache, Object key) {
        warn("read", cache, failure);
    }

    @Override
    public void handleCachePutError(RuntimeException failure, Cache cache, Object key, Object value) {
        warn("write", cache, failure);
    }

    @Override
    public void handleCacheEvictError(RuntimeException failure, Cache cache, Object key) {
        warn("evict", cache, failure);
    }

    @Override
    public void handleCacheClearError(RuntimeException failure, Cache cache) {
        warn("clear", cache, failure);
    }

    private void warn(String operation, Cache cache, RuntimeException failure) {
        log.warn("cache {} on '{}' failed, using the database: {}", operation, cache.getName(), failure.toString());
    }
}
