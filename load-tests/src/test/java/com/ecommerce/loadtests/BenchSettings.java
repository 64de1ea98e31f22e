package com.ecommerce.loadtests;

import java.time.Duration;

/**
 * What a run is pointed at and how big it is: system properties ({@code -Dbench.*}, passed by the
 * scripts in deploy/bench), each with the default a run on this machine uses.
 */
final class BenchSettings {

    static final String GATEWAY = text("bench.gateway-url", "http://127.0.0.1:8080");
    static final String PRODUCT_SERVICE = text("bench.product-url", "http://127.0.0.1:8081");
    /** The bootstrapped admin's local-only development credentials (user-service's defaults). */
    static final String ADMIN_EMAIL = text("bench.admin-email", "admin@shop.local");
    static final String ADMIN_PASSWORD = text("bench.admin-password", "local-only-change-me-2026");
    static final String CUSTOMER_PASSWORD = "correct horse battery staple";

    private BenchSettings() {
    }

    static String text(String name, String fallback) {
        return System.getProperty(name, fallback);
    }

    static int number(String name, int fallback) {
        return Integer.getInteger(name, fallback);
    }

    static Duration seconds(String name, int fallback) {
        return Duration.ofSeconds(number(name, fallback));
    }
}
