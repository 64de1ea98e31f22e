package com.ecommerce.system.chaos;

import java.io.IOException;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.HashMap;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicReference;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * A payment provider on 127.0.0.1 that speaks the part of Stripe's HTTP API payment-service uses
 * (payment-service runs with {@code PAYMENT_PROVIDER=stripe} pointed at it): PaymentIntents created
 * and confirmed in one form-encoded POST, read back by id, refunded; the {@code Idempotency-Key}
 * header makes a repeated call answer the first call's result, as Stripe does. It keeps a ledger of
 * the money it moved per order, so a scenario can check the provider's side of "money conserved".
 *
 * <p>Its {@link Mode} is the fault: {@code SLOW} makes the charge and then answers after
 * {@link #SLOW_ANSWER} (beyond payment-service's 10 s call deadline, so the caller never learns the
 * outcome and must recover it); {@code HANG} answers nothing and moves no money until the mode
 * changes; {@code ERROR} answers 500 {@code api_error} and moves no money.
 */
final class StripeStub implements AutoCloseable {

    enum Mode { NORMAL, SLOW, HANG, ERROR }

    static final String API_KEY = "sk_test_chaos_local_only";
    static final Duration SLOW_ANSWER = Duration.ofSeconds(12);

    private final HttpServer server;
    private final AtomicReference<Mode> mode = new AtomicReference<>(Mode.NORMAL);
    private final AtomicReference<CountDownLatch> released = new AtomicReference<>(new CountDownLatch(0));
    private final Map<String, Answer> byKey = new ConcurrentHashMap<>();
    private final Map<String, Intent> intents = new ConcurrentHashMap<>();
    private final Map<String, Long> netByOrder = new ConcurrentHashMap<>();
    private final AtomicInteger ids = new AtomicInteger();
    private final Map<Mode, AtomicInteger> faulted = new ConcurrentHashMap<>();

    private record Answer(int status, String body) {
    }

    private record Intent(String id, long amount, String currency, String orderId, String status, long refunded) {

        Intent refunded(long more) {
            return new Intent(id, amount, currency, orderId, status, refunded + more);
        }

        String json() {
            return """
                    {"id":"%s","object":"payment_intent","status":"%s","amount":%d,"currency":"%s",\
                    "amount_refunded":%d,"metadata":{"order_id":"%s"}}""".formatted(id, status, amount, currency,
                    refunded, orderId);
        }
    }

    StripeStub() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 100);
        server.setExecutor(Executors.newVirtualThreadPerTaskExecutor());
        server.createContext("/v1/", this::handle);
        server.start();
    }

    String baseUrl() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** The environment that points payment-service at this stub. */
    String[] paymentServiceEnvironment() {
        return new String[] {"PAYMENT_PROVIDER=stripe", "STRIPE_BASE_URL=" + baseUrl(), "STRIPE_API_KEY=" + API_KEY,
                "STRIPE_WEBHOOK_SECRET=whsec_chaos_local_only"};
    }

    void mode(Mode next) {
        mode.set(next);
        if (next == Mode.HANG) {
            released.set(new CountDownLatch(1));
        } else {
            released.get().countDown();
        }
    }

    /** Money the stub moved for an order, in minor units: charged minus refunded. */
    long net(String orderId) {
        return netByOrder.getOrDefault(orderId, 0L);
    }

    /** Calls answered with the fault, by mode. */
    Map<Mode, Integer> faulted() {
        Map<Mode, Integer> counts = new HashMap<>();
        faulted.forEach((m, n) -> counts.put(m, n.get()));
        return counts;
    }

    @Override
    public void close() {
        mode(Mode.NORMAL);
        server.stop(0);
    }

    private void handle(HttpExchange exchange) throws IOException {
        try (exchange) {
            if (!("Bearer " + API_KEY).equals(exchange.getRequestHeaders().getFirst("Authorization"))) {
                send(exchange, new Answer(401, error("invalid_request_error", "api_key_invalid", "Invalid API Key.")));
                return;
            }
            Mode now = mode.get();
            if (now != Mode.NORMAL) {
                faulted.computeIfAbsent(now, m -> new AtomicInteger()).incrementAndGet();
            }
            switch (now) {
                case HANG -> {
                    // No answer and no money moved; the connection closes when the fault ends.
                    awaitRelease();
                    return;
                }
                case ERROR -> {
                    send(exchange, new Answer(500, error("api_error", null, "An unexpected error occurred.")));
                    return;
                }
                default -> {
                }
            }
            Answer answer = answer(exchange);
            if (now == Mode.SLOW) {
                // The money has moved; the caller has stopped listening by the time the answer leaves.
                sleep(SLOW_ANSWER);
            }
            send(exchange, answer);
        }
    }

    private Answer answer(HttpExchange exchange) throws IOException {
        String method = exchange.getRequestMethod();
        String path = exchange.getRequestURI().getPath();
        if ("GET".equals(method) && path.startsWith("/v1/payment_intents/")) {
            Intent intent = intents.get(path.substring("/v1/payment_intents/".length()));
            return intent == null
                    ? new Answer(404, error("invalid_request_error", "resource_missing", "No such payment_intent."))
                    : new Answer(200, intent.json());
        }
        if (!"POST".equals(method)) {
            return new Answer(405, error("invalid_request_error", null, "Unsupported method."));
        }
        Map<String, String> form = form(new String(exchange.getRequestBody().readAllBytes(), StandardCharsets.UTF_8));
        String key = exchange.getRequestHeaders().getFirst("Idempotency-Key");
        if (key == null) {
            return process(path, form);
        }
        // One answer per key, whatever arrives concurrently or later: Stripe's idempotency.
        return byKey.computeIfAbsent(method + path + key, k -> process(path, form));
    }

    private Answer process(String path, Map<String, String> form) {
        return switch (path) {
            case "/v1/payment_intents" -> charge(form);
            case "/v1/refunds" -> refund(form);
            default -> new Answer(404, error("invalid_request_error", "resource_missing", "Unknown path " + path));
        };
    }

    private Answer charge(Map<String, String> form) {
        String id = "pi_chaos_" + ids.incrementAndGet();
        long amount = Long.parseLong(form.getOrDefault("amount", "0"));
        String orderId = form.getOrDefault("metadata[order_id]", "");
        String token = form.getOrDefault("payment_method", "");
        if (token.startsWith("tok_chargeDeclined") || token.equals("tok_insufficient_funds")) {
            Intent declined = new Intent(id, amount, form.get("currency"), orderId, "requires_payment_method", 0);
            intents.put(id, declined);
            return new Answer(402, """
                    {"error":{"type":"card_error","code":"card_declined","decline_code":"generic_decline",\
                    "message":"Your card was declined.","payment_intent":%s}}""".formatted(declined.json()));
        }
        Intent intent = new Intent(id, amount, form.get("currency"), orderId, "succeeded", 0);
        intents.put(id, intent);
        netByOrder.merge(orderId, amount, Long::sum);
        return new Answer(200, intent.json());
    }

    private Answer refund(Map<String, String> form) {
        String intentId = form.getOrDefault("payment_intent", "");
        long amount = Long.parseLong(form.getOrDefault("amount", "0"));
        AtomicReference<Answer> answer = new AtomicReference<>();
        intents.compute(intentId, (id, intent) -> {
            if (intent == null) {
                answer.set(new Answer(404, error("invalid_request_error", "resource_missing", "No such payment_intent.")));
                return null;
            }
            if (intent.refunded() + amount > intent.amount() || !"succeeded".equals(intent.status())) {
                answer.set(new Answer(400, error("invalid_request_error", "charge_already_refunded",
                        "Charge " + id + " has already been refunded.")));
                return intent;
            }
            netByOrder.merge(intent.orderId(), -amount, Long::sum);
            answer.set(new Answer(200, """
                    {"id":"re_chaos_%d","object":"refund","status":"succeeded","amount":%d,"payment_intent":"%s"}"""
                    .formatted(ids.incrementAndGet(), amount, id)));
            return intent.refunded(amount);
        });
        return answer.get();
    }

    private static String error(String type, String code, String message) {
        return "{\"error\":{\"type\":\"%s\",%s\"message\":\"%s\"}}".formatted(type,
                code == null ? "" : "\"code\":\"" + code + "\",", message);
    }

    private static Map<String, String> form(String body) {
        Map<String, String> form = new HashMap<>();
        for (String pair : body.split("&")) {
            int eq = pair.indexOf('=');
            if (eq > 0) {
                form.put(URLDecoder.decode(pair.substring(0, eq), StandardCharsets.UTF_8),
                        URLDecoder.decode(pair.substring(eq + 1), StandardCharsets.UTF_8));
            }
        }
        return form;
    }

    private static void send(HttpExchange exchange, Answer answer) throws IOException {
        byte[] body = answer.body().getBytes(StandardCharsets.UTF_8);
        exchange.getResponseHeaders().set("Content-Type", "application/json");
        exchange.sendResponseHeaders(answer.status(), body.length);
        try (OutputStream out = exchange.getResponseBody()) {
            out.write(body);
        }
    }

    private void awaitRelease() {
        try {
            released.get().await(5, TimeUnit.MINUTES);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private static void sleep(Duration duration) {
        try {
            Thread.sleep(duration);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
