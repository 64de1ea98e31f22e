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

    @Override
    public void run(ApplicationArguments args) {
        int added = demo.load();
        log.info(added == 0 ? "demo catalog already present" : "demo catalog loaded: {} products", added);
    }
}
