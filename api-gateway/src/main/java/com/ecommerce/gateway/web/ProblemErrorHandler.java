package com.ecommerce.gateway.web;

import java.io.IOException;
import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
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
import reactor.netty.http.client.PrematureCloseException;

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
        HttpStatusCode status = status(failure);
        if (status.is5xxServerError()) {
            log.warn("Gateway answered {} for {} {}", status.value(), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), failure);
        }
        return problems.write(exchange, status, detail(status));
    }

    /**
     * What a failure means for the client. The service behind the route refusing the connection
     * (it is restarting, its registration not yet expired) or not answering in time is the
     * service being unavailable, which a client may retry, not an error of the gateway; a
     * connection that breaks before the answer is a bad gateway (502).
     */
    static HttpStatusCode status(Throwable failure) {
        for (Throwable cause = failure; cause != null; cause = cause.getCause()) {
            switch (cause) {
                case ResponseStatusException statusException -> {
                    return statusException.getStatusCode();
                }
                case ConnectTimeoutException timeout -> {
                    return HttpStatus.GATEWAY_TIMEOUT;
                }
                case ConnectException refused -> {
                    return HttpStatus.SERVICE_UNAVAILABLE;
                }
                case TimeoutException timeout -> {
                    return HttpStatus.GATEWAY_TIMEOUT;
                }
                case PrematureCloseException closed -> {
                    return HttpStatus.BAD_GATEWAY;
                }
                // The connection to the service broke mid-exchange (reset by a service killed
                // while it held the request, a broken pipe): the service failed, not the gateway.
                case IOException broken -> {
                    return HttpStatus.BAD_GATEWAY;
                }
                default -> {
                }
            }
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
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
