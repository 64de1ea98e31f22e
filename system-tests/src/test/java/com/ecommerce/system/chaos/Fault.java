package com.ecommerce.system.chaos;

import java.time.Duration;

import com.ecommerce.system.checkout.OrderBatch;

/**
 * What a chaos scenario does to the platform while a batch of orders is in flight. A run calls
 * {@link #prepare}, places a first wave, then {@link #inject}s the fault, keeps it for
 * {@link #lasts} while orders keep coming, {@link #heal}s it, places a last wave, checks the
 * invariants and {@link #check}s what only this fault can check, and finally {@link #restore}s
 * the platform as the next scenario expects it.
 */
interface Fault {

    /** Set-up the fault needs that is not the fault itself (a stub to point a service at). */
    default void prepare() {
    }

    /** Puts the fault in place; returns once it is (a crash-and-restart returns once the service is back). */
    void inject();

    /** How long the fault stays before {@link #heal}; zero when {@link #inject} ends it itself. */
    Duration lasts();

    default void heal() {
    }

    /** Checks only this fault can make (the provider's own ledger); throws on a broken one. */
    default String check(OrderBatch batch) {
        return "";
    }

    default void restore() {
    }
}
