package com.ecommerce.inventory.application;

import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Function;

import com.ecommerce.inventory.domain.ProductId;
import com.ecommerce.testsupport.Percentiles;

/**
 * Buyers for the reservation benchmark: {@value #BUYERS} virtual threads reserving one unit at a
 * time. A flash sale runs until its units are sold out (bounded by time), then on for a short
 * sold-out window, as buyers keep coming after the last unit; a spread run lasts a fixed window.
 */
final class BenchLoad {

    static final int BUYERS = 200;
    static final Duration WINDOW = seconds("bench.seconds", 10);
    static final Duration SELL_OUT_BOUND = seconds("bench.max-seconds", 240);
    static final Duration SOLD_OUT_WINDOW = seconds("bench.sold-out-seconds", 5);
    static final Duration WARM_UP = seconds("bench.warm-up-seconds", 5);

    /** One buyer's attempt; GAVE_UP is the seed's strategy running out of retries. */
    enum Attempt { RESERVED, REJECTED, GAVE_UP }

    /**
     * @param sold                  reservations that succeeded
     * @param sellingSeconds        from the start until the last unit was sold (or the run ended)
     * @param p99Millis             of the attempts while units were left
     * @param soldOut               whether every unit was sold within the bound
     * @param rejectionsPerSecondSoldOut how fast buyers were turned away once nothing was left
     */
    record Result(long sold, double sellingSeconds, long p99Millis, boolean soldOut,
            double rejectionsPerSecondSoldOut) {

        double perSecond() {
            return sold / sellingSeconds;
        }
    }

    private BenchLoad() {
    }

    static Result untilSoldOut(ProductId product, long units, Function<ProductId, Attempt> reserve) throws Exception {
        return run(List.of(product), units, SELL_OUT_BOUND, reserve);
    }

    static Result forWindow(List<ProductId> products, Function<ProductId, Attempt> reserve) throws Exception {
        return run(products, Long.MAX_VALUE, WINDOW, reserve);
    }

    /** An unreported run, so no measured pass pays for class loading and JIT compilation. */
    static void warmUp(List<ProductId> products, Function<ProductId, Attempt> reserve) throws Exception {
        run(products, Long.MAX_VALUE, WARM_UP, reserve);
    }

    private static Result run(List<ProductId> products, long units, Duration bound,
            Function<ProductId, Attempt> reserve) throws Exception {
        AtomicLong sold = new AtomicLong();
        AtomicLong next = new AtomicLong();
        AtomicLong soldOutAt = new AtomicLong();
        AtomicLong rejectedSoldOut = new AtomicLong();
        List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
        long start = System.nanoTime();
        long deadline = start + bound.toNanos();
        List<Callable<Boolean>> buyers = new ArrayList<>();
        for (int b = 0; b < BUYERS; b++) {
            buyers.add(() -> {
                while (true) {
                    long begun = System.nanoTime();
                    long soldOut = soldOutAt.get();
                    if (soldOut == 0 ? begun >= deadline : begun >= soldOut + SOLD_OUT_WINDOW.toNanos()) {
                        return true;
                    }
                    Attempt attempt = reserve.apply(products.get((int) (next.getAndIncrement() % products.size())));
                    long ended = System.nanoTime();
                    if (soldOut == 0) {
                        latencies.add(ended - begun);
                    } else if (attempt == Attempt.REJECTED) {
                        rejectedSoldOut.incrementAndGet();
                    }
                    if (attempt == Attempt.RESERVED && sold.incrementAndGet() == units) {
                        soldOutAt.set(ended);
                    }
                }
            });
        }
        ReservationConcurrencyIT.runTogether(buyers);
        long end = System.nanoTime();
        long soldOut = soldOutAt.get();
        double selling = ((soldOut == 0 ? end : soldOut) - start) / 1e9;
        double rejectionRate = soldOut == 0 ? Double.NaN : rejectedSoldOut.get() / ((end - soldOut) / 1e9);
        return new Result(sold.get(), selling, Percentiles.of(latencies).at(99) / 1_000_000, soldOut != 0, rejectionRate);
    }


    private static Duration seconds(String property, int defaultSeconds) {
        return Duration.ofSeconds(Integer.getInteger(property, defaultSeconds));
    }
}
