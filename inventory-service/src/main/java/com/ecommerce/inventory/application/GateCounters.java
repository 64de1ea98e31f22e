package com.ecommerce.inventory.application;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;

import com.ecommerce.inventory.config.InventoryProperties;
import com.ecommerce.inventory.domain.ProductId;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.dao.DataAccessException;
import org.springframework.data.redis.core.StringRedisTemplate;
import org.springframework.data.redis.core.script.RedisScript;
import org.springframework.stereotype.Component;

/**
 * The admission gate's counters in Redis: one per product, plus the set of products that have one
 * (so reconciliation knows what to reset). Each check-and-change is one Lua script, atomic inside
 * Redis without locks or optimistic retries. No call ever throws: a Redis failure is counted and
 * answered as "failed", and the gate trusts its counters again only after a reconciliation that
 * started after the last failure (a failed call may have changed a counter or missed a change).
 */
@Component
class GateCounters {

    enum Take { TAKEN, SHORT, UNTRACKED, FAILED }

    private static final Logger log = LoggerFactory.getLogger(GateCounters.class);

    // -1: no counter (never seeded, or Redis lost it), 0: short, 1: taken.
    private static final RedisScript<Long> TAKE = RedisScript.of("""
            local left = redis.call('GET', KEYS[1])
            if not left then return -1 end
            if tonumber(left) < tonumber(ARGV[1]) then return 0 end
            redis.call('DECRBY', KEYS[1], ARGV[1])
            return 1""", Long.class);

    // Only an existing counter moves: creating one here would invent a level the database never had.
    private static final RedisScript<Long> ADD = RedisScript.of("""
            if redis.call('EXISTS', KEYS[1]) == 0 then return 0 end
            redis.call('INCRBY', KEYS[1], ARGV[1])
            return 1""", Long.class);

    // KEYS[1] is the tracked set, KEYS[2..n+1] the counters; ARGV[1..n] product ids, ARGV[n+1..2n] levels.
    private static final RedisScript<Long> RESET = RedisScript.of("""
            local n = #KEYS - 1
            for i = 1, n do
              redis.call('SET', KEYS[i + 1], ARGV[n + i])
              redis.call('SADD', KEYS[1], ARGV[i])
            end
            return n""", Long.class);

    private static final RedisScript<Long> FORGET = RedisScript.of("""
            for i = 2, #KEYS do
              redis.call('DEL', KEYS[i])
              redis.call('SREM', KEYS[1], ARGV[i - 1])
            end
            return #KEYS - 1""", Long.class);

    private final StringRedisTemplate redis;
    private final String prefix;
    private final AtomicLong failures = new AtomicLong();
    // The failure count a completed reconciliation started from; -1 until the first one completes.
    private final AtomicLong reconciledAt = new AtomicLong(-1);

    GateCounters(StringRedisTemplate redis, InventoryProperties properties) {
        this.redis = redis;
        this.prefix = properties.gate().keyPrefix();
    }

    Take take(ProductId product, int units) {
        Long answer = call("take", () -> redis.execute(TAKE, List.of(counter(product.value())), String.valueOf(units)));
        if (answer == null) {
            return Take.FAILED;
        }
        return answer == 1 ? Take.TAKEN : answer == 0 ? Take.SHORT : Take.UNTRACKED;
    }

    /** Adds {@code units} (negative to remove) to the product's counter if it has one. */
    boolean add(ProductId product, int units) {
        return call("add", () -> redis.execute(ADD, List.of(counter(product.value())), String.valueOf(units))) != null;
    }

    /** Sets the counters to the given levels and tracks their products. */
    boolean reset(Map<String, Integer> levels) {
        if (levels.isEmpty()) {
            return true;
        }
        List<String> keys = new ArrayList<>(List.of(tracked()));
        List<String> args = new ArrayList<>(levels.keySet());
        levels.forEach((product, available) -> {
            keys.add(counter(product));
            args.add(String.valueOf(available));
        });
        return call("reset", () -> redis.execute(RESET, keys, args.toArray())) != null;
    }

    /** Drops the counters of products the database no longer has. */
    boolean forget(Collection<String> products) {
        if (products.isEmpty()) {
            return true;
        }
        List<String> keys = new ArrayList<>(List.of(tracked()));
        products.forEach(product -> keys.add(counter(product)));
        return call("forget", () -> redis.execute(FORGET, keys, products.toArray())) != null;
    }

    /**
     * Every product with a counter, in product-id order (the order stock rows are locked in). One
     * read of the whole set: it holds only products ever reserved while the gate was on.
     */
    Optional<List<String>> trackedProducts() {
        Set<String> members = call("list", () -> redis.opsForSet().members(tracked()));
        return Optional.ofNullable(members).map(m -> m.stream().sorted().toList());
    }

    /** The counter's value, empty if there is none or Redis failed: for tests and diagnostics. */
    Optional<Integer> level(ProductId product) {
        return Optional.ofNullable(call("read", () -> redis.opsForValue().get(counter(product.value()))))
                .map(Integer::valueOf);
    }

    long failures() {
        return failures.get();
    }

    /** Marks the counters trustworthy if no call failed since {@code failuresAtStart} was read. */
    void reconciled(long failuresAtStart) {
        reconciledAt.accumulateAndGet(failuresAtStart, Math::max);
    }

    boolean trusted() {
        return reconciledAt.get() == failures.get();
    }

    /** Runs one Redis command; null means it failed (the scripts always answer a number). */
    private <T> T call(String operation, Supplier<T> command) {
        try {
            return command.get();
        } catch (DataAccessException e) {
            long before = failures.getAndIncrement();
            // Once per outage: the first failure ever, or the first since the gate was trusted.
            if (before == 0 || before == reconciledAt.get()) {
                log.warn("Admission gate: Redis {} failed, reservations go to the database alone until "
                        + "the next reconciliation: {}", operation, e.getMessage());
            }
            return null;
        }
    }

    private String counter(String product) {
        return prefix + "stock:" + product;
    }

    private String tracked() {
        return prefix + "products";
    }
}
