package com.ecommerce.gateway.web;

import com.ecommerce.gateway.config.EdgeProperties;

import org.springframework.core.Ordered;
import org.springframework.http.HttpStatus;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ServerWebExchange;
import org.springframework.web.server.WebFilter;
import org.springframework.web.server.WebFilterChain;

import reactor.core.publisher.Mono;

/**
 * Enforces {@code ecommerce.edge.max-body-size} with 413 problem+json. A declared length over the
 * limit is refused before any of the body is read. A body without a declared length (chunked) is
 * counted as it streams through: once it passes the limit the stream fails, which aborts the
 * request to the service mid-body (a service never sees it complete) and answers 413, unless
 * the service already answered.
 */
@Component
class BodySizeFilter implements WebFilter, Ordered {

    private final long maxBytes;
    private final ProblemResponses problems;

    BodySizeFilter(EdgeProperties edge, ProblemResponses problems) {
        this.maxBytes = edge.maxBodySize().toBytes();
        this.problems = problems;
    }

    @Override
    public Mono<Void> filter(ServerWebExchange exchange, WebFilterChain chain) {
        long declared = exchange.getRequest().getHeaders().getContentLength();
        if (declared > maxBytes) {
            return tooLarge(exchange);
        }
        if (declared >= 0) {
            // The server reads no more than a declared length, so only undeclared bodies need counting.
            return chain.filter(exchange);
        }
        LimitedBodyRequest limited = new LimitedBodyRequest(exchange.getRequest(), maxBytes);
        return chain.filter(exchange.mutate().request(limited).build())
                .onErrorResume(failure -> limited.exceeded(), failure -> tooLarge(exchange));
    }

    private Mono<Void> tooLarge(ServerWebExchange exchange) {
        return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                "The request body is larger than " + maxBytes + " bytes.");
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
