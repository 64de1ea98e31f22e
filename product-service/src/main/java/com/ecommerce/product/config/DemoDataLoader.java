package com.ecommerce.product.config;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import com.ecommerce.product.application.DemoCatalog;

import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.boot.autoconfigure.condition.ConditionalOnBooleanProperty;
import org.springframework.stereotype.Component;

/** Loads the demo catalog at start-up when {@code ecommerce.catalog.demo-data=true} ({@code ./platform up}). */
@Component
@ConditionalOnBooleanProperty("ecommerce.catalog.demo-data")
class DemoDataLoader implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(DemoDataLoader.class);

    private final DemoCatalog demo;

    DemoDataLoader(DemoCatalog demo) {
        this.demo = demo;
    }

    /**
     * Demo data is a convenience for a local shop, never a reason for the catalog not to serve: a
     * failure to load it is logged and the service starts without it.
     */
    @Override
    public void run(ApplicationArguments args) {
        try {
            int added = demo.load();
            log.info(added == 0 ? "demo catalog complete, nothing to add" : "demo catalog: {} products added", added);
        } catch (RuntimeException failure) {
            log.warn("demo catalog not loaded, the service starts without it", failure);
        }
    }
}
