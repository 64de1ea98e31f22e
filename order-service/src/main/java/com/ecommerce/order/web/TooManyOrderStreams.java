package com.ecommerce.order.web;

/** A live stream refused: this instance or this customer has as many open as it may. */
class TooManyOrderStreams extends RuntimeException {

    enum Scope { INSTANCE, CUSTOMER }

    private final Scope scope;

    TooManyOrderStreams(Scope scope) {
        super(scope == Scope.CUSTOMER ? "Too many live order streams are open for this account; close one and retry."
                : "The live order stream is at capacity; retry shortly.");
        this.scope = scope;
    }

    Scope scope() {
        return scope;
    }
}
