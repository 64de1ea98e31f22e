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
 * Refuses requests whose declared body exceeds {@code ecommerce.edge.max-body-size} with 413
 * problem+json before any of it is read or forwarded. Services bound their own body sizes too,
 * which also covers chunked bodies that declare no length.
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
        if (exchange.getRequest().getHeaders().getContentLength() > maxBytes) {
            return problems.write(exchange, HttpStatus.CONTENT_TOO_LARGE,
                    "The request body is larger than " + maxBytes + " bytes.");
        }
        return chain.filter(exchange);
    }

    @Override
    public int getOrder() {
        return Ordered.HIGHEST_PRECEDENCE + 1;
    }
}
