package com.ecommerce.defaults.messaging.deadletter;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.beans.factory.ObjectProvider;
import org.springframework.boot.context.event.ApplicationReadyEvent;
import org.springframework.context.ApplicationListener;

/**
 * The gauge {@code messaging.dead.letters} per consumed topic: records this service parked and
 * did not re-drive yet. Counting reads the dead-letter topic, so a count is reused for
 * {@code maxAge}; dead-letter topics are short, so a reading is cheap. Registered once the
 * listeners exist (at application start), since they say which topics are consumed.
 */
class DeadLetterDepth implements ApplicationListener<ApplicationReadyEvent> {

    private static final Logger log = LoggerFactory.getLogger(DeadLetterDepth.class);

    private final DeadLetters deadLetters;
    private final ObjectProvider<MeterRegistry> meters;
    private final Duration maxAge;
    private final Clock clock;
    private final Map<String, Count> counts = new ConcurrentHashMap<>();

    DeadLetterDepth(DeadLetters deadLetters, ObjectProvider<MeterRegistry> meters, Duration maxAge, Clock clock) {
        this.deadLetters = deadLetters;
        this.meters = meters;
        this.maxAge = maxAge;
        this.clock = clock;
    }

    private record Count(double value, Instant at) {
    }

    @Override
    public void onApplicationEvent(ApplicationReadyEvent event) {
        meters.ifAvailable(this::register);
    }

    private void register(MeterRegistry registry) {
        for (String topic : deadLetters.consumedTopics().keySet()) {
            Gauge.builder("messaging.dead.letters", () -> depth(topic))
                    .description("Records parked on the dead-letter topic by this service and not re-driven")
                    .tag("topic", topic)
                    .register(registry);
        }
    }

    double depth(String topic) {
        Instant now = clock.instant();
        Count last = counts.get(topic);
        if (last != null && last.at().plus(maxAge).isAfter(now)) {
            return last.value();
        }
        double value;
        try {
            value = deadLetters.parked(topic).size();
        } catch (RuntimeException e) {
            // An unreadable broker is not a depth of zero: NaN makes the gap visible in a dashboard.
            log.warn("Could not count dead letters of {}", topic, e);
            value = Double.NaN;
        }
        counts.put(topic, new Count(value, now));
        return value;
    }
}
