package com.ecommerce.defaults.testapp;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** A minimal service that gets nothing but what service-defaults configures. */
@SpringBootApplication
public class TestApplication {
}
