package com.ecommerce.loadtests;

import static io.gatling.javaapi.core.CoreDsl.atOnceUsers;
import static io.gatling.javaapi.core.CoreDsl.exec;
import static io.gatling.javaapi.core.CoreDsl.global;
import static io.gatling.javaapi.core.CoreDsl.responseTimeInMillis;
import static io.gatling.javaapi.core.CoreDsl.scenario;
import static io.gatling.javaapi.core.CoreDsl.uniformRandomSwitch;
import static io.gatling.javaapi.http.HttpDsl.http;
import static io.gatling.javaapi.http.HttpDsl.status;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;

import com.ecommerce.testsupport.Percentiles;
import io.gatling.javaapi.core.ChainBuilder;
import io.gatling.javaapi.core.Session;
import io.gatling.javaapi.core.Simulation;
import io.gatling.javaapi.http.HttpRequestActionBuilder;

/**
 * Cached catalog reads as fast as {@code bench.connections} clients can go (closed model, no think
 * time): product detail, a list page and a keyword search in equal parts, anonymous.
 * {@code bench.target} is {@code gateway} or {@code service} (straight at product-service);
 * deploy/bench/catalog.sh runs both in one session so the two compare.
 *
 * <p>Each client first reads for {@code bench.warmup} seconds unmeasured, then for
 * {@code bench.duration} seconds measured: the load generator and the gateway (which {@code ./platform bench}
 * has just restarted) are JVMs whose JIT compilers keep a core busy for their first minute of this
 * load, so a cold window would measure the compilers. The summary line counts the measured window
 * only; Gatling's report covers both.
 */
public class CatalogSimulation extends Simulation {

    private static final String TARGET = BenchSettings.text("bench.target", "gateway");
    private static final int CONNECTIONS = BenchSettings.number("bench.connections", 16);
    private static final Duration WARMUP = BenchSettings.seconds("bench.warmup", 60);
    private static final Duration DURATION = BenchSettings.seconds("bench.duration", 20);

    private final String base = TARGET.equals("service") ? BenchSettings.PRODUCT_SERVICE : BenchSettings.GATEWAY;
    private final String productId = anyProduct();
    private final Queue<Long> measured = new ConcurrentLinkedQueue<>();

    {
        setUp(scenario("catalog via " + TARGET)
                .during(WARMUP).on(read(false))
                .during(DURATION).on(read(true))
                .injectOpen(atOnceUsers(CONNECTIONS)))
                .protocols(Journey.protocol(base).shareConnections())
                .assertions(global().failedRequests().count().is(0L));
    }

    private ChainBuilder read(boolean measure) {
        return exec(uniformRandomSwitch().on(
                        exec(timed(http("product detail").get("/api/v1/products/" + productId))),
                        exec(timed(http("list page of 20").get("/api/v1/products?page=0&size=20"))),
                        exec(timed(http("keyword search").get("/api/v1/products?keyword=laptop&size=20")))))
                .exec(session -> measure ? record(session) : session);
    }

    private static HttpRequestActionBuilder timed(HttpRequestActionBuilder request) {
        return request.check(status().is(200), responseTimeInMillis().saveAs("millis"));
    }

    private Session record(Session session) {
        measured.add((long) session.getInt("millis"));
        return session;
    }

    @Override
    public void after() {
        Percentiles latency = Percentiles.of(measured);
        System.out.printf("%ncatalog via %s: %d requests in the measured %d s = %.0f requests/s; p50 %d ms, p95 %d ms, p99 %d ms%n",
                TARGET, latency.size(), DURATION.toSeconds(), latency.size() / (double) DURATION.toSeconds(),
                latency.at(50), latency.at(95), latency.at(99));
    }

    /** Any ACTIVE product; reading it once also fills the caches, so the run measures cached reads. */
    private String anyProduct() {
        ShopClient shop = new ShopClient(base);
        String id = ShopClient.JSON.readTree(shop.get("/api/v1/products?size=1", null).body()).get(0).get("id").asString();
        shop.get("/api/v1/products/" + id, null);
        shop.get("/api/v1/products?page=0&size=20", null);
        shop.get("/api/v1/products?keyword=laptop&size=20", null);
        return id;
    }
}
