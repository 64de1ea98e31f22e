package com.ecommerce.cart.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assertions.assertTimeoutPreemptively;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import com.ecommerce.cart.CartIT;
import com.ecommerce.cart.CatalogStub;
import com.ecommerce.cart.domain.CartFixtures;
import com.ecommerce.cart.domain.CustomerId;
import com.ecommerce.cart.domain.ProductId;
import org.junit.jupiter.api.Test;

import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;

/** The acceptance tests of issue 6 on the real database: one cart per customer, no lost quantity. */
@CartIT
class CartConcurrencyIT {

    private static final Duration BOUND = Duration.ofSeconds(60);

    @Autowired
    CartEditing editing;
    @Autowired
    JdbcClient jdbc;

    @Test
    void twentyConcurrentFirstRequestsOfOneCustomerOpenOneCart() {
        CustomerId customer = CartFixtures.newCustomer();

        List<CartView> views = assertTimeoutPreemptively(BOUND,
                () -> runTogether(Collections.nCopies(20, () -> editing.view(customer))));

        assertThat(views).extracting(CartView::id).containsOnly(views.getFirst().id());
        assertThat(jdbc.sql("select count(*) from cart where customer_id = ?").param(customer.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    /** The product is unknown at first, so the concurrent adds also race to read it from the catalog. */
    @Test
    void fiftyConcurrentAddsOfOneUnitOfOneProductAddUpToFifty() {
        CustomerId customer = CartFixtures.newCustomer();
        ProductId product = CartFixtures.newProductId();
        CatalogStub.publish(product, "Hot item", "1000.00");

        assertTimeoutPreemptively(BOUND,
                () -> runTogether(Collections.nCopies(50, () -> editing.add(customer, product, 1))));

        CartView cart = editing.view(customer);
        assertThat(cart.items()).singleElement().satisfies(item -> {
            assertThat(item.quantity()).isEqualTo(50);
            assertThat(item.subtotal()).isEqualByComparingTo("50000.00");
        });
        assertThat(jdbc.sql("select count(*) from cart where customer_id = ?").param(customer.value())
                .query(Long.class).single()).isEqualTo(1);
    }

    static <T> List<T> runTogether(List<Callable<T>> tasks) throws Exception {
        CountDownLatch start = new CountDownLatch(1);
        try (ExecutorService pool = Executors.newVirtualThreadPerTaskExecutor()) {
            List<Future<T>> futures = new ArrayList<>();
            for (Callable<T> task : tasks) {
                futures.add(pool.submit(() -> {
                    start.await();
                    return task.call();
                }));
            }
            start.countDown();
            List<T> results = new ArrayList<>();
            for (Future<T> future : futures) {
                results.add(future.get());
            }
            return results;
        }
    }
}
