/** Wiring: caches on Redis that fall back to the database, typed catalog settings, demo data. */
package com.ecommerce.product.config;
