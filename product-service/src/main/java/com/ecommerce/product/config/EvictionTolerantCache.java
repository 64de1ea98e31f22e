package com.ecommerce.product.config;

import java.util.concurrent.Callable;

import org.slf4j.Logger;

import org.springframework.cache.Cache;

/**
 * Swallows (and logs) failed evictions. Evictions run after the commit, outside the reach of the
 * {@code CacheErrorHandler}; without this a Redis outage would turn a committed change into an
 * error answer. A lost eviction is bounded by the entry's time to live.
 */
class EvictionTolerantCache implements Cache {

    private final Cache target;
    private final Logger log;

    EvictionTolerantCache(Cache target, Logger log) {
        this.target = target;
        this.log = log;
    }

    @Override
    public void evict(Object key) {
        tolerate("evict", () -> target.evict(key));
    }

    @Override
    public void clear() {
        tolerate("clear", target::clear);
    }

    private void tolerate(String operation, Runnable action) {
        try {
            action.run();
        } catch (RuntimeException failure) {
            log.warn("cache {} on '{}' failed; entries expire by their TTL: {}", operation, getName(), failure.toString());
        }
    }

    @Override
    public String getName() {
        return target.getName();
    }

    @Override
    public Object getNativeCache() {
        return target.getNativeCache();
    }

    @Override
    public ValueWrapper get(Object key) {
        return target.get(key);
    }

    @Override
    public <T> T get(Object key, Class<T> type) {
        return target.get(key, type);
    }

    @Override
    public <T> T get(Object key, Callable<T> valueLoader) {
        return target.get(key, valueLoader);
    }

    @Override
    public void put(Object key, Object value) {
        target.put(key, value);
    }
}
