package com.ecommerce.product.config;

import java.time.Duration;

import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.boot.context.properties.bind.DefaultValue;

/**
 * Catalog settings ({@code ecommerce.catalog.*}).
 *
 * @param currency ISO 4217 code of every price in the catalog (the seed's prices are in won)
 * @param demoData whether to load demo categories and products at start-up (idempotent)
 * @param cacheTtl how long a cached product or page lives at most; bounds staleness if an
 *                 eviction was lost while Redis was unreachable
 * @param cacheKeyPrefix prefix of every Redis key of the catalog's caches; a clear of a cache
 *                 removes only keys under it, so integration tests sharing the local Redis with a
 *                 running platform use their own and never wipe the platform's entries
 */
@ConfigurationProperties("ecommerce.catalog")
public record CatalogProperties(@DefaultValue("KRW") String currency, @DefaultValue("false") boolean demoData,
        @DefaultValue("10m") Duration cacheTtl, @DefaultValue("product-service:") String cacheKeyPrefix) {
}
