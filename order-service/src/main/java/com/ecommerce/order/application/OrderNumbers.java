package com.ecommerce.order.application;

import java.security.SecureRandom;
import java.time.Clock;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;

import org.springframework.stereotype.Component;

/**
 * Customer-facing order numbers in the seed's format {@code ORD-yyyyMMdd-XXXXXXXX}: the UTC date
 * and 8 random characters (32^8 per day, so a clash is vanishingly rare; the unique index
 * turns one into a failed, retryable request rather than a duplicate number).
 */
@Component
class OrderNumbers {

    private static final char[] ALPHABET = "0123456789ABCDEFGHJKMNPQRSTVWXYZ".toCharArray();
    private static final DateTimeFormatter DAY = DateTimeFormatter.ofPattern("yyyyMMdd").withZone(ZoneOffset.UTC);

    private final SecureRandom random = new SecureRandom();
    private final Clock clock;

    OrderNumbers(Clock clock) {
        this.clock = clock;
    }

    String next() {
        StringBuilder number = new StringBuilder("ORD-").append(DAY.format(clock.instant())).append('-');
        for (int i = 0; i < 8; i++) {
            number.append(ALPHABET[random.nextInt(ALPHABET.length)]);
        }
        return number.toString();
    }
}
