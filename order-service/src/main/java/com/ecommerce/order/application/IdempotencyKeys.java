package com.ecommerce.order.application;

import java.sql.Timestamp;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;

import tools.jackson.databind.json.JsonMapper;

import com.ecommerce.order.config.OrderProperties;

import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Idempotency-Keys of checkout. A key is claimed (IN_FLIGHT) in its own short transaction before
 * the order is placed, so a concurrent duplicate sees the claim and is refused; the stored
 * answer is written in the placement's transaction, so it exists exactly when the order does.
 * A claim is marked with the attempt that holds it: a retry takes over a claim left too long
 * (its request most likely died with its instance), and only the holder can complete it, so a
 * first request that was only slow fails instead of placing a second order.
 */
@Service
public class IdempotencyKeys {

    /**
     * A claim left IN_FLIGHT this long is presumed to belong to a request that died; a retry may
     * take it over. Longer than the gateway's 10 s response timeout, after which nobody waits for
     * the first request; a placement slower than this loses its claim and is refused at the end.
     */
    static final Duration ABANDONED_AFTER = Duration.ofSeconds(15);

    private final JdbcClient jdbc;
    private final JsonMapper json;
    private final Clock clock;
    private final Duration retention;

    IdempotencyKeys(JdbcClient jdbc, JsonMapper json, Clock clock, OrderProperties properties) {
        this.jdbc = jdbc;
        this.json = json;
        this.clock = clock;
        this.retention = properties.idempotencyRetention();
    }

    /**
     * @return empty if the key is now this request's; the stored order if the same request was answered before
     * @throws IdempotencyKeyReused   the key came with a different request
     * @throws IdempotencyKeyInFlight the first request with this key is still running
     */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public Optional<OrderView> claim(IdempotencyKey key) {
        Instant now = clock.instant();
        int claimed = jdbc.sql("""
                insert into idempotency_key (customer_id, idem_key, request_hash, state, created_at, expires_at, claim_id)
                values (:customer, :key, :hash, 'IN_FLIGHT', :now, :expires, :attempt)
                on conflict (customer_id, idem_key) do update
                   set request_hash = excluded.request_hash, state = 'IN_FLIGHT', order_id = null, response = null,
                       created_at = excluded.created_at, expires_at = excluded.expires_at, claim_id = excluded.claim_id
                 where idempotency_key.expires_at <= :now
                    or (idempotency_key.state = 'IN_FLIGHT' and idempotency_key.created_at <= :abandoned)""")
                .param("customer", key.customerId()).param("key", key.key()).param("hash", key.fingerprint())
                .param("now", Timestamp.from(now)).param("expires", Timestamp.from(now.plus(retention)))
                .param("abandoned", Timestamp.from(now.minus(ABANDONED_AFTER))).param("attempt", key.attempt())
                .update();
        return claimed == 1 ? Optional.empty() : Optional.of(stored(key));
    }

    private OrderView stored(IdempotencyKey key) {
        Stored stored = jdbc.sql("select request_hash, state, response from idempotency_key"
                        + " where customer_id = :customer and idem_key = :key")
                .param("customer", key.customerId()).param("key", key.key())
                .query((rs, n) -> new Stored(rs.getString(1), rs.getString(2), rs.getString(3))).single();
        if (!stored.hash().equals(key.fingerprint())) {
            throw new IdempotencyKeyReused();
        }
        if (!"COMPLETED".equals(stored.state())) {
            throw new IdempotencyKeyInFlight();
        }
        return json.readValue(stored.response(), OrderView.class);
    }

    /**
     * Stores the answer with the order, in the placement's transaction.
     *
     * @throws IdempotencyKeyInFlight a retry took the claim over meanwhile: the placement must roll
     *                                back, the retry's order is the one
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public void complete(IdempotencyKey key, OrderView answer) {
        int completed = jdbc.sql("""
                update idempotency_key set state = 'COMPLETED', order_id = :order, response = :response
                where customer_id = :customer and idem_key = :key and state = 'IN_FLIGHT' and claim_id = :attempt""")
                .param("order", com.ecommerce.defaults.id.IdGenerator.decode(answer.id()))
                .param("response", json.writeValueAsString(answer))
                .param("customer", key.customerId()).param("key", key.key()).param("attempt", key.attempt())
                .update();
        if (completed == 0) {
            throw new IdempotencyKeyInFlight();
        }
    }

    /** Frees the key of a request that failed, so the client may retry it with the same key. */
    @Transactional(propagation = Propagation.REQUIRES_NEW)
    public void release(IdempotencyKey key) {
        jdbc.sql("""
                delete from idempotency_key
                where customer_id = :customer and idem_key = :key and state = 'IN_FLIGHT' and claim_id = :attempt""")
                .param("customer", key.customerId()).param("key", key.key()).param("attempt", key.attempt()).update();
    }

    /** Forgets keys past their retention (at least 24 h by default). */
    @Transactional
    public int purgeExpired() {
        return jdbc.sql("delete from idempotency_key where expires_at < :now")
                .param("now", Timestamp.from(clock.instant())).update();
    }

    private record Stored(String hash, String state, String response) {
    }
}
