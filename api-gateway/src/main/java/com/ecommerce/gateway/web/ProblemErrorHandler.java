package com.ecommerce.gateway.web;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Answers every error the gateway produces itself (no route, no instance of the service,
 * upstream unreachable, timeouts) as problem+json. Internal details are logged, never sent.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);

    private final ProblemResponses problems;

    public ProblemErrorHandler(ProblemResponses problems) {
        this.problems = problems;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        if (exchange.getResponse().isCommitted()) {
            return Mono.error(failure);
        }
        HttpStatusCode status = failure instanceof ResponseStatusException statusException
                ? statusException.getStatusCode() : HttpStatus.INTERNAL_SERVER_ERROR;
        if (status.is5xxServerError()) {
            log.warn("Gateway answered {} for {} {}", status.value(), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), failure);
        }
        return problems.write(exchange, status, detail(status));
    }

    private static String detail(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "No route matches this path.";
            case 413 -> "The request body is too large.";
            case 502, 503, 504 -> "The service behind this path is not available right now; try again shortly.";
            default -> status.is5xxServerError() ? "The gateway could not complete the request."
                    : "The request was not accepted.";
        };
    }
}
