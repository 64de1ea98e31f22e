package com.ecommerce.payment.provider;

import java.sql.Timestamp;
import java.time.Clock;
import java.util.UUID;
import java.util.random.RandomGenerator;

import com.ecommerce.payment.config.PaymentProperties;
import com.ecommerce.payment.domain.Money;
import com.ecommerce.payment.domain.PaymentProvider;
import com.ecommerce.payment.domain.ProviderOutcome;
import com.ecommerce.payment.domain.ProviderUnavailable;

import org.springframework.jdbc.core.simple.JdbcClient;

/**
 * A provider that behaves like Stripe's test mode: {@code tok_visa} (and other test cards) succeed,
 * {@code tok_chargeDeclined} declines with {@code card_declined}, {@code tok_insufficient_funds}
 * with {@code insufficient_funds}. Its memory of idempotency keys lives in its own table, standing
 * in for the provider's storage: the first outcome of a key is kept across restarts, so a retried
 * call returns it and never charges twice. Latency and a failure rate can be simulated.
 */
class SimulatedPaymentProvider implements PaymentProvider {

    static final String NAME = "simulated";

    private final JdbcClient jdbc;
    private final PaymentProperties.Simulated settings;
    private final Clock clock;
    private final RandomGenerator random;

    SimulatedPaymentProvider(JdbcClient jdbc, PaymentProperties.Simulated settings, Clock clock,
            RandomGenerator random) {
        this.jdbc = jdbc;
        this.settings = settings;
        this.clock = clock;
        this.random = random;
    }

    @Override
    public String name() {
        return NAME;
    }

    @Override
    public ProviderOutcome charge(ChargeRequest request) {
        simulateNetwork();
        return remembered(request.idempotencyKey(), "CHARGE", request.amount(), decide(request.token()));
    }

    @Override
    public ProviderOutcome refund(RefundRequest request) {
        simulateNetwork();
        return remembered(request.idempotencyKey(), "REFUND", request.amount(),
                ProviderOutcome.success("re_sim_" + UUID.randomUUID(), "Refund succeeded."));
    }

    static ProviderOutcome decide(String token) {
        return switch (token) {
            case "tok_visa", "tok_mastercard", "tok_amex", "tok_visa_debit" ->
                    ProviderOutcome.success("ch_sim_" + UUID.randomUUID(), "Payment succeeded.");
            case "tok_chargeDeclined" -> ProviderOutcome.declined("card_declined", "Your card was declined.", null);
            case "tok_insufficient_funds", "tok_chargeDeclinedInsufficientFunds" ->
                    ProviderOutcome.declined("insufficient_funds", "Your card has insufficient funds.", null);
            case "tok_chargeDeclinedExpiredCard" ->
                    ProviderOutcome.declined("expired_card", "Your card has expired.", null);
            default -> ProviderOutcome.declined("invalid_token", "The payment token is not known.", null);
        };
    }

    /** The first outcome stored under the key wins; concurrent calls with one key agree on it. */
    private ProviderOutcome remembered(String key, String operation, Money amount, ProviderOutcome fresh) {
        jdbc.sql("""
                insert into simulated_provider_call
                    (idempotency_key, operation, succeeded, code, message, reference, amount, currency, created_at)
                values (?, ?, ?, ?, ?, ?, ?, ?, ?) on conflict do nothing""")
                .params(key, operation, fresh.succeeded(), fresh.code(), fresh.message(), fresh.reference(),
                        amount.amount(), amount.currency(), Timestamp.from(clock.instant()))
                .update();
        return jdbc.sql("select succeeded, code, message, reference from simulated_provider_call where idempotency_key = ?")
                .param(key)
                .query((rs, row) -> new ProviderOutcome(rs.getBoolean("succeeded"), rs.getString("code"),
                        rs.getString("message"), rs.getString("reference")))
                .single();
    }

    private void simulateNetwork() {
        if (!settings.latency().isZero()) {
            try {
                Thread.sleep(settings.latency());
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                throw new ProviderUnavailable("interrupted while waiting for the simulated provider", e);
            }
        }
        if (settings.failureRate() > 0 && random.nextDouble() < settings.failureRate()) {
            throw new ProviderUnavailable("simulated provider timeout");
        }
    }
}
