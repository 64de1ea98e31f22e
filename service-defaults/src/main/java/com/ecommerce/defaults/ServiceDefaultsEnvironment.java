package com.ecommerce.defaults;

import java.io.IOException;
import java.io.UncheckedIOException;

import org.springframework.boot.EnvironmentPostProcessor;
import org.springframework.boot.SpringApplication;
import org.springframework.boot.env.YamlPropertySourceLoader;
import org.springframework.core.env.ConfigurableEnvironment;
import org.springframework.core.env.PropertySource;
import org.springframework.core.io.ClassPathResource;

/**
 * Adds {@code service-defaults.yaml} as the lowest-priority property source, so every service
 * starts with the same operational settings (virtual threads, actuator exposure, Kafka delivery
 * guarantees, local registration at 127.0.0.1) and its own {@code application.yaml} or the
 * environment can still override any of them.
 */
public class ServiceDefaultsEnvironment implements EnvironmentPostProcessor {

    static final String SOURCE_NAME = "service-defaults";

    @Override
    public void postProcessEnvironment(ConfigurableEnvironment environment, SpringApplication application) {
        if (environment.getPropertySources().contains(SOURCE_NAME)) {
            return;
        }
        try {
            for (PropertySource<?> source : new YamlPropertySourceLoader()
                    .load(SOURCE_NAME, new ClassPathResource("service-defaults.yaml"))) {
                environment.getPropertySources().addLast(source);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("service-defaults.yaml is missing from the classpath", e);
        }
    }
}
