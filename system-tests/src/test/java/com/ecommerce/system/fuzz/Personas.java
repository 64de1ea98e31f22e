package com.ecommerce.system.fuzz;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.InetAddress;
import java.net.UnknownHostException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.stream.IntStream;

import com.ecommerce.system.Accounts;
import com.ecommerce.system.checkout.Catalog;
import com.ecommerce.system.checkout.Orders;
import com.ecommerce.system.checkout.Shop;
import tools.jackson.databind.JsonNode;

/**
 * Who the fuzzer speaks as, and the data it aims at. Customers and admins are real accounts
 * (several of each, since the gateway limits every user to 20 requests a second), anonymous
 * clients come from many loopback addresses (the gateway limits each address). The victim is a
 * customer with a cart, an order and a payment whose ids every other customer is handed: after
 * the run, what the victim sees must be exactly what it saw before.
 */
final class Personas implements AutoCloseable {

    private static final int CUSTOMERS = 8;
    private static final int ADMINS = 4;
    /** 127.0.0.2 onwards: one client each, so the gateway counts each as its own address. */
    private static final int ADDRESSES = 32;

    private final List<Shop.Session> customers;
    private final List<String> adminTokens;
    private final Shop.Session victim;
    private final IdPool customerIds;
    private final IdPool adminIds;
    private final List<HttpClient> clients;

    private Personas(List<Shop.Session> customers, List<String> adminTokens, Shop.Session victim, IdPool customerIds,
            IdPool adminIds, List<HttpClient> clients) {
        this.customers = customers;
        this.adminTokens = adminTokens;
        this.victim = victim;
        this.customerIds = customerIds;
        this.adminIds = adminIds;
        this.clients = clients;
    }

    static Personas create() {
        Shop.Session admin = Shop.admin();
        Catalog catalog = new Catalog(admin);
        List<String> fuzzProducts = IntStream.range(0, 3).mapToObj(i -> catalog.productWithStock("1500", 200)).toList();
        String victimProduct = catalog.productWithStock("2500", 10);
        String fuzzCategory = category(admin);

        Shop.Session victim = Shop.signUp();
        HttpResponse<String> added = Shop.post("/api/v1/carts/me/items",
                "{\"productId\":\"" + victimProduct + "\",\"quantity\":1}", victim.auth());
        assertThat(added.statusCode()).as(added.body()).isIn(200, 201);
        String victimItem = Shop.json(added).get("items").get(0).get("id").asString();
        String victimOrder = Orders.placed(victim, Orders.items(victimProduct, 1, null));
        Orders.settled(victim, victimOrder);
        String victimPayment = Orders.payment(victim, victimOrder).get("id").asString();

        List<Shop.Session> customers = IntStream.range(0, CUSTOMERS).mapToObj(i -> Shop.signUp()).toList();
        Shop.Session buyer = customers.get(0);
        String buyersOrder = Orders.placed(buyer, Orders.items(fuzzProducts.get(0), 1, null));
        Orders.settled(buyer, buyersOrder);
        String buyersPayment = Orders.payment(buyer, buyersOrder).get("id").asString();
        List<String> roleTargets = IntStream.range(0, 2).mapToObj(i -> Shop.signUp().userId()).toList();

        List<String> adminTokens = new ArrayList<>(List.of(admin.accessToken()));
        for (int i = 1; i < ADMINS; i++) {
            adminTokens.add(promotedAdmin(admin));
        }
        IdPool customerIds = new IdPool(victim.userId(), Map.of(
                "product", concat(fuzzProducts, List.of(victimProduct)), "category", List.of(fuzzCategory),
                "order", List.of(victimOrder, buyersOrder), "cartItem", List.of(victimItem),
                "payment", List.of(victimPayment, buyersPayment), "user", List.of(victim.userId(), buyer.userId())));
        IdPool adminIds = new IdPool(victim.userId(), Map.of("product", fuzzProducts, "category", List.of(fuzzCategory),
                "order", List.of(buyersOrder), "payment", List.of(buyersPayment), "user", roleTargets));
        return new Personas(customers, List.copyOf(adminTokens), victim, customerIds, adminIds, clients());
    }

    IdPool customerIds() {
        return customerIds;
    }

    IdPool adminIds() {
        return adminIds;
    }

    List<Shop.Session> customers() {
        return customers;
    }

    Shop.Session victim() {
        return victim;
    }

    /** The bearer token request {@code index} is sent with, or null for an anonymous one. */
    String token(FuzzRequest.Persona persona, int index) {
        return switch (persona) {
            case ANONYMOUS -> null;
            case CUSTOMER -> customers.get(index % customers.size()).accessToken();
            case ADMIN -> adminTokens.get(index % adminTokens.size());
        };
    }

    HttpClient client(int index) {
        return clients.get(index % clients.size());
    }

    /** Everything the victim can see of its own data, to compare before and after the run. */
    String victimView() {
        StringBuilder view = new StringBuilder();
        for (String path : List.of("/api/v1/users/me", "/api/v1/carts/me", "/api/v1/orders/my", "/api/v1/payments/my")) {
            HttpResponse<String> response = Shop.get(path, victim.auth());
            assertThat(response.statusCode()).as(path + ": " + response.body()).isEqualTo(200);
            view.append(path).append(' ').append(response.body()).append('\n');
        }
        return view.toString();
    }

    @Override
    public void close() {
        clients.forEach(HttpClient::close);
    }

    private static String category(Shop.Session admin) {
        String slug = "fuzz-" + UUID.randomUUID().toString().substring(0, 8);
        HttpResponse<String> created = Shop.post("/api/v1/categories",
                "{\"name\":\"Fuzz target\",\"slug\":\"" + slug + "\"}", admin.auth());
        assertThat(created.statusCode()).as(created.body()).isIn(200, 201);
        return Shop.json(created).get("id").asString();
    }

    /** A new account made ADMIN by the bootstrapped admin, logged in again so its token carries the role. */
    private static String promotedAdmin(Shop.Session admin) {
        Accounts.Session account = Accounts.signUp();
        HttpResponse<String> promoted = Shop.send("PUT", "/api/v1/users/" + account.userId() + "/roles",
                "{\"roles\":[\"CUSTOMER\",\"ADMIN\"]}", admin.auth());
        assertThat(promoted.statusCode()).as(promoted.body()).isEqualTo(200);
        return Accounts.logIn(account.email(), Accounts.PASSWORD).accessToken();
    }

    private static List<HttpClient> clients() {
        List<HttpClient> clients = new ArrayList<>();
        for (int i = 0; i < ADDRESSES; i++) {
            try {
                clients.add(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
                        .connectTimeout(Duration.ofSeconds(5))
                        .localAddress(InetAddress.getByName("127.0.0." + (2 + i))).build());
            } catch (UnknownHostException e) {
                throw new IllegalStateException(e);
            }
        }
        return clients;
    }

    private static List<String> concat(List<String> a, List<String> b) {
        List<String> all = new ArrayList<>(a);
        all.addAll(b);
        return all;
    }
}
