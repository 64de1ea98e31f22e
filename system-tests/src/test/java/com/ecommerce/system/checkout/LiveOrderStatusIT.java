package com.ecommerce.system.checkout;

import static org.assertj.core.api.Assertions.assertThat;
import static org.awaitility.Awaitility.await;

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicReference;
import java.util.stream.Stream;

import com.ecommerce.system.Platform;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The live order stream the storefront shows status from, through the gateway: a customer's
 * stream reports each order from PENDING to CONFIRMED or CANCELLED as the saga moves, shows
 * nothing of other customers' orders, and stays open through quiet spells longer than the
 * gateway's 10 s response timeout (which bounds the wait for a response's headers only; a change
 * that applied it to the whole body would cut every quiet stream, and this test would say so).
 */
class LiveOrderStatusIT {

    private static final HttpClient HTTP = HttpClient.newHttpClient();
    private static final JsonMapper JSON = JsonMapper.builder().build();
    private final List<LiveStream> streams = new CopyOnWriteArrayList<>();

    @AfterEach
    void closeStreams() {
        streams.forEach(LiveStream::close);
    }

    @Test
    void theStreamReportsEachOrderFromPendingToItsOutcomeAndNothingOfOthers() {
        String productId = new Catalog(Shop.admin()).productWithStock("4100", 4);
        Shop.Session customer = Shop.signUp();
        Shop.Session stranger = Shop.signUp();
        LiveStream mine = open(customer);
        LiveStream theirs = open(stranger);

        String confirmed = Orders.placed(customer, Orders.items(productId, 1, "tok_visa"));
        String declined = Orders.placed(customer, Orders.items(productId, 1, "tok_chargeDeclined"));

        await().atMost(Orders.SETTLES_WITHIN).untilAsserted(() -> {
            assertThat(mine.statusesOf(confirmed)).containsSubsequence("PENDING", "CONFIRMED");
            assertThat(mine.statusesOf(declined)).containsSubsequence("PENDING", "CANCELLED");
        });
        assertThat(mine.lastOf(declined).get("cancellationReason").asString()).isEqualTo("PAYMENT_DECLINED");
        assertThat(theirs.ids()).doesNotContain(confirmed, declined);
    }

    @Test
    void aQuietStreamStaysOpenBeyondTheGatewaysResponseTimeout() {
        LiveStream quiet = open(Shop.signUp());
        // Keepalive comments come every 15 s: one that arrives more than 10 s after the stream
        // opened (a new customer has no orders, so nothing else is sent) went through a quiet spell.
        await().atMost(Duration.ofSeconds(40)).until(() -> quiet.keepalives().stream()
                .anyMatch(at -> Duration.between(quiet.opened, at).compareTo(Duration.ofSeconds(11)) > 0));
        assertThat(quiet.ended).as("the stream ended").isNotDone();
    }

    @Test
    void aStreamNeedsAToken() throws Exception {
        HttpResponse<String> refused = HTTP.send(request(null), HttpResponse.BodyHandlers.ofString());
        assertThat(refused.statusCode()).isEqualTo(401);
    }

    private LiveStream open(Shop.Session customer) {
        LiveStream stream = new LiveStream(Instant.now(), new CopyOnWriteArrayList<>(), new CopyOnWriteArrayList<>());
        AtomicReference<HttpResponse<Stream<String>>> last = new AtomicReference<>();
        // Like every other call of these tests, waits out the gateway's 429s.
        await().atMost(Duration.ofMinutes(2)).pollDelay(Duration.ZERO).pollInterval(Duration.ofMillis(500)).until(() -> {
            last.set(HTTP.send(request(customer.accessToken()), HttpResponse.BodyHandlers.ofLines()));
            if (last.get().statusCode() == 429) {
                last.get().body().close();
                return false;
            }
            return true;
        });
        HttpResponse<Stream<String>> response = last.get();
        assertThat(response.statusCode()).isEqualTo(200);
        assertThat(response.headers().firstValue("Content-Type")).hasValueSatisfying(type ->
                assertThat(type).startsWith("text/event-stream"));
        stream.ended = CompletableFuture.runAsync(() -> stream.read(response.body()));
        streams.add(stream);
        return stream;
    }

    private static HttpRequest request(String token) {
        HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(Platform.GATEWAY + "/api/v1/orders/my/events"))
                .header("Accept", "text/event-stream").GET();
        if (token != null) {
            request.header("Authorization", Platform.bearer(token));
        }
        return request.build();
    }

    /** What a stream delivered: the order events' bodies and the times keepalive comments came. */
    private static final class LiveStream {

        final Instant opened;
        final List<JsonNode> orders;
        final List<Instant> keepaliveTimes;
        volatile CompletableFuture<Void> ended;
        private volatile Stream<String> lines;

        LiveStream(Instant opened, List<JsonNode> orders, List<Instant> keepaliveTimes) {
            this.opened = opened;
            this.orders = orders;
            this.keepaliveTimes = keepaliveTimes;
        }

        void read(Stream<String> body) {
            lines = body;
            body.forEach(line -> {
                if (line.startsWith("data:")) {
                    orders.add(JSON.readTree(line.substring(5).strip()));
                } else if (line.startsWith(":")) {
                    keepaliveTimes.add(Instant.now());
                }
            });
        }

        List<String> statusesOf(String orderId) {
            return orders.stream().filter(o -> orderId.equals(o.get("id").asString()))
                    .map(o -> o.get("status").asString()).toList();
        }

        JsonNode lastOf(String orderId) {
            return orders.stream().filter(o -> orderId.equals(o.get("id").asString())).reduce((a, b) -> b).orElseThrow();
        }

        List<String> ids() {
            return orders.stream().map(o -> o.get("id").asString()).toList();
        }

        List<Instant> keepalives() {
            return keepaliveTimes;
        }

        void close() {
            Stream<String> open = lines;
            if (open != null) {
                open.close();
            }
            if (ended != null) {
                ended.cancel(true);
            }
        }
    }
}
