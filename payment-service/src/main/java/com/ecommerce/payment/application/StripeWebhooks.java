package com.ecommerce.payment.application;

import java.sql.Timestamp;
import java.time.Clock;

import com.ecommerce.payment.domain.OrderId;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;

/**
 * A verified Stripe event is a nudge, not a source of truth: it makes the service settle the
 * order's unresolved charge or refund by asking Stripe with the same idempotency key. A replayed
 * event (its id already recorded) is ignored.
 */
@Service
public class StripeWebhooks {

    private final JdbcClient jdbc;
    private final PaymentCapture capture;
    private final PaymentRefunds refunds;
    private final Clock clock;

    StripeWebhooks(JdbcClient jdbc, PaymentCapture capture, PaymentRefunds refunds, Clock clock) {
        this.jdbc = jdbc;
        this.capture = capture;
        this.refunds = refunds;
        this.clock = clock;
    }

    /**
     * @param orderId the order named in the event's metadata; null for events about nothing of ours
     * @return false for a replay, which changes nothing
     */
    public boolean handle(String eventId, String type, OrderId orderId) {
        // One statement in autocommit: the event is recorded before any provider call.
        boolean first = jdbc.sql("""
                insert into stripe_webhook_event (event_id, event_type, received_at) values (?, ?, ?)
                on conflict do nothing""")
                .params(eventId, type, Timestamp.from(clock.instant())).update() == 1;
        if (first && orderId != null) {
            capture.settle(orderId);
            refunds.settle(orderId);
        }
        return first;
    }
}
