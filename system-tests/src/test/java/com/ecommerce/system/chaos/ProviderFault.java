package com.ecommerce.system.chaos;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.math.BigDecimal;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Currency;
import java.util.List;

import com.ecommerce.system.PlatformProcesses;
import com.ecommerce.system.checkout.OrderBatch;
import tools.jackson.databind.JsonNode;

/**
 * The payment provider misbehaving for a while. payment-service is restarted against a
 * {@link StripeStub} for the run (its real Stripe adapter, deadlines and recovery) and back to its
 * default provider afterwards. Besides the shop's own invariants, the provider's ledger must agree
 * order by order: a confirmed order's total charged once, a cancelled order charged nothing or
 * refunded in full.
 */
final class ProviderFault implements Fault {

    private static final String PAYMENT_SERVICE = "payment-service";

    private final StripeStub.Mode mode;
    private final Duration lasts;
    private StripeStub stub;

    ProviderFault(StripeStub.Mode mode, Duration lasts) {
        this.mode = mode;
        this.lasts = lasts;
    }

    @Override
    public void prepare() {
        try {
            stub = new StripeStub();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        PlatformProcesses.restart(PAYMENT_SERVICE, stub.paymentServiceEnvironment());
    }

    @Override
    public void inject() {
        stub.mode(mode);
    }

    @Override
    public Duration lasts() {
        return lasts;
    }

    @Override
    public void heal() {
        stub.mode(StripeStub.Mode.NORMAL);
    }

    @Override
    public String check(OrderBatch batch) {
        List<String> disagreements = new ArrayList<>();
        for (JsonNode order : batch.withStatus("CONFIRMED")) {
            expect(disagreements, order, minorUnits(order));
        }
        for (JsonNode order : batch.withStatus("CANCELLED")) {
            expect(disagreements, order, 0);
        }
        if (!disagreements.isEmpty()) {
            throw new AssertionError("the provider's ledger disagrees with the orders: " + disagreements);
        }
        return "provider calls faulted " + stub.faulted().getOrDefault(mode, 0) + ", provider ledger agrees";
    }

    private void expect(List<String> disagreements, JsonNode order, long expected) {
        String id = order.get("id").asString();
        long net = stub.net(id);
        if (net != expected) {
            disagreements.add(id + " " + OrderBatch.status(order) + ": provider holds " + net + ", expected " + expected);
        }
    }

    private static long minorUnits(JsonNode order) {
        BigDecimal total = order.get("totalAmount").decimalValue();
        int digits = Currency.getInstance(order.get("currency").asString()).getDefaultFractionDigits();
        return total.movePointRight(digits).longValueExact();
    }

    @Override
    public void restore() {
        if (stub != null) {
            stub.close();
        }
        PlatformProcesses.restart(PAYMENT_SERVICE);
    }
}
