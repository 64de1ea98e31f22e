package com.ecommerce.user.config;

import java.time.Duration;

import com.ecommerce.user.application.KeyRotation;

import org.springframework.context.annotation.Configuration;
import org.springframework.scheduling.annotation.EnableScheduling;
import org.springframework.scheduling.annotation.SchedulingConfigurer;
import org.springframework.scheduling.config.FixedDelayTask;
import org.springframework.scheduling.config.ScheduledTaskRegistrar;

/** Checks at start-up and then every {@code check-interval} whether the signing key is due for rotation. */
@Configuration(proxyBeanMethods = false)
@EnableScheduling
class KeyRotationSchedule implements SchedulingConfigurer {

    private final KeyRotation rotation;
    private final KeyProperties properties;

    KeyRotationSchedule(KeyRotation rotation, KeyProperties properties) {
        this.rotation = rotation;
        this.properties = properties;
    }

    @Override
    public void configureTasks(ScheduledTaskRegistrar registrar) {
        registrar.addFixedDelayTask(new FixedDelayTask(rotation::rotateIfDue, properties.checkInterval(), Duration.ZERO));
    }
}
