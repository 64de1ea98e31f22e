package com.ecommerce.payment;

import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.function.Supplier;

import com.ecommerce.payment.domain.OrderId;
import com.ecommerce.payment.domain.PaymentProvider;
import com.ecommerce.payment.domain.ProviderOutcome;

import org.springframework.beans.factory.config.BeanPostProcessor;
import org.springframework.boot.test.context.TestConfiguration;
import org.springframework.context.annotation.Bean;

/**
 * The integration tests' view of the provider port: the configured adapter, wrapped so that every
 * call that reaches it is recorded per order (the simulator's own memory holds one row per key,
 * so it cannot tell a second call with the same key from the first), and a few answers can be
 * scripted per order.
 */
public final class RecordingPaymentProvider implements PaymentProvider {

    public enum Operation { CHARGE, REFUND }

    /** One call as the service made it. */
    public record Call(Operation operation, String idempotencyKey, String providerReference) {
    }

    private final PaymentProvider real;
    private final Map<OrderId, List<Call>> calls = new ConcurrentHashMap<>();
    private final Map<OrderId, Supplier<ProviderOutcome>> nextAnswers = new ConcurrentHashMap<>();
    private final Map<OrderId, ProviderOutcome> refusals = new ConcurrentHashMap<>();
    private final Map<String, ProviderOutcome> refusedKeys = new ConcurrentHashMap<>();

    RecordingPaymentProvider(PaymentProvider real) {
        this.real = real;
    }

    /** The next call for the order (charge or refund) gets this answer, or its exception, instead of the real one. */
    public void answerNext(OrderId order, Supplier<ProviderOutcome> answer) {
        nextAnswers.put(order, answer);
    }

    /**
     * The order's next refund attempt is refused, and the refusal stays with its idempotency key as
     * it does at a real provider: asking again with that key is refused again.
     */
    public void refuseNextRefund(OrderId order, ProviderOutcome refusal) {
        refusals.put(order, refusal);
    }

    public List<Call> calls(OrderId order) {
        return List.copyOf(calls.getOrDefault(order, List.of()));
    }

    @Override
    public String name() {
        return real.name();
    }

    @Override
    public ProviderOutcome charge(ChargeRequest request) {
        record(request.orderId(), new Call(Operation.CHARGE, request.idempotencyKey(), request.providerReference()));
        Supplier<ProviderOutcome> scripted = nextAnswers.remove(request.orderId());
        return scripted != null ? scripted.get() : real.charge(request);
    }

    @Override
    public ProviderOutcome refund(RefundRequest request) {
        record(request.orderId(), new Call(Operation.REFUND, request.idempotencyKey(), request.providerReference()));
        ProviderOutcome refusal = refusals.remove(request.orderId());
        if (refusal != null) {
            refusedKeys.put(request.idempotencyKey(), refusal);
        }
        ProviderOutcome remembered = refusedKeys.get(request.idempotencyKey());
        if (remembered != null) {
            return remembered;
        }
        Supplier<ProviderOutcome> scripted = nextAnswers.remove(request.orderId());
        return scripted != null ? scripted.get() : real.refund(request);
    }

    private void record(OrderId order, Call call) {
        calls.computeIfAbsent(order, o -> new CopyOnWriteArrayList<>()).add(call);
    }

    /** Wraps whichever adapter the context configured. */
    @TestConfiguration(proxyBeanMethods = false)
    static class Wiring {

        @Bean
        static BeanPostProcessor recordingPaymentProvider() {
            return new BeanPostProcessor() {
                @Override
                public Object postProcessAfterInitialization(Object bean, String name) {
                    return bean instanceof PaymentProvider real && !(bean instanceof RecordingPaymentProvider)
                            ? new RecordingPaymentProvider(real) : bean;
                }
            };
        }
    }
}
