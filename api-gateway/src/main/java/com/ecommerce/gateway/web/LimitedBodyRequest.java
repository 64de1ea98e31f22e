package com.ecommerce.gateway.web;

import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.atomic.AtomicLong;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DataBufferUtils;
import org.springframework.http.HttpStatus;
import org.springframework.http.server.reactive.ServerHttpRequest;
import org.springframework.http.server.reactive.ServerHttpRequestDecorator;
import org.springframework.web.server.ResponseStatusException;

import reactor.core.publisher.Flux;

/**
 * A request whose body fails once more than a limit of bytes has flowed through it. Whoever
 * reads the body (the proxying filter) sees the error and gives up; {@link #exceeded()} tells the
 * limit's enforcer that this, and not the network, is why.
 */
final class LimitedBodyRequest extends ServerHttpRequestDecorator {

    private final long maxBytes;
    private final AtomicBoolean exceeded = new AtomicBoolean();

    LimitedBodyRequest(ServerHttpRequest delegate, long maxBytes) {
        super(delegate);
        this.maxBytes = maxBytes;
    }

    @Override
    public Flux<DataBuffer> getBody() {
        return Flux.defer(() -> {
            AtomicLong seen = new AtomicLong();
            return super.getBody().handle((buffer, sink) -> {
                if (seen.addAndGet(buffer.readableByteCount()) <= maxBytes) {
                    sink.next(buffer);
                    return;
                }
                DataBufferUtils.release(buffer);
                exceeded.set(true);
                sink.error(new ResponseStatusException(HttpStatus.CONTENT_TOO_LARGE));
            });
        });
    }

    boolean exceeded() {
        return exceeded.get();
    }
}
