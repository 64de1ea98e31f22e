package com.ecommerce.payment.application;

import java.sql.Timestamp;
import java.time.Clock;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;

/** The Stripe events already handled, so a replayed delivery is recognised and ignored. */
@Component
class StripeEventLog {

    private final JdbcClient jdbc;
    private final Clock clock;

    StripeEventLog(JdbcClient jdbc, Clock clock) {
        this.jdbc = jdbc;
        this.clock = clock;
    }

    boolean handledBefore(String eventId) {
        return jdbc.sql("select exists (select 1 from stripe_webhook_event where event_id = ?)")
                .param(eventId).query(Boolean.class).single();
    }

    /**
     * Records the event in the caller's transaction. A concurrent delivery of the same event waits
     * on the row's key until the first one commits or rolls back.
     *
     * @return false if the event was recorded already
     */
    boolean record(String eventId, String type) {
        return jdbc.sql("""
                insert into stripe_webhook_event (event_id, event_type, received_at) values (?, ?, ?)
                on conflict do nothing""")
                .params(eventId, type, Timestamp.from(clock.instant())).update() == 1;
    }
}
