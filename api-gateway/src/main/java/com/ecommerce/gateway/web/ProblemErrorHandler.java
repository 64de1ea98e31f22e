package com.ecommerce.gateway.web;

import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import tools.jackson.databind.json.JsonMapper;

import org.springframework.boot.webflux.error.ErrorWebExceptionHandler;
import org.springframework.core.annotation.Order;
import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.http.HttpStatus;
import org.springframework.http.HttpStatusCode;
import org.springframework.http.MediaType;
import org.springframework.http.server.reactive.ServerHttpResponse;
import org.springframework.stereotype.Component;
import org.springframework.web.server.ResponseStatusException;
import org.springframework.web.server.ServerWebExchange;

import reactor.core.publisher.Mono;

/**
 * Answers every error the gateway produces itself (no route, no instance of the service,
 * upstream unreachable, timeouts) as RFC 9457 problem+json, with the same type URIs the services
 * use. Internal details are logged, never sent.
 */
@Component
@Order(-2)
public class ProblemErrorHandler implements ErrorWebExceptionHandler {

    private static final Logger log = LoggerFactory.getLogger(ProblemErrorHandler.class);
    private static final String TYPE_PREFIX = "urn:ecommerce:problem:";

    private final JsonMapper json;

    public ProblemErrorHandler(JsonMapper json) {
        this.json = json;
    }

    @Override
    public Mono<Void> handle(ServerWebExchange exchange, Throwable failure) {
        ServerHttpResponse response = exchange.getResponse();
        if (response.isCommitted()) {
            return Mono.error(failure);
        }
        HttpStatusCode status = statusOf(failure);
        if (status.is5xxServerError()) {
            log.warn("Gateway answered {} for {} {}", status.value(), exchange.getRequest().getMethod(),
                    exchange.getRequest().getPath(), failure);
        }
        byte[] body = json.writeValueAsBytes(problem(exchange, status));
        response.setStatusCode(status);
        response.getHeaders().setContentType(MediaType.APPLICATION_PROBLEM_JSON);
        DataBuffer buffer = response.bufferFactory().wrap(body);
        return response.writeWith(Mono.just(buffer));
    }

    private static HttpStatusCode statusOf(Throwable failure) {
        if (failure instanceof ResponseStatusException statusException) {
            return statusException.getStatusCode();
        }
        return HttpStatus.INTERNAL_SERVER_ERROR;
    }

    private static Map<String, Object> problem(ServerWebExchange exchange, HttpStatusCode status) {
        HttpStatus known = HttpStatus.resolve(status.value());
        Map<String, Object> problem = new LinkedHashMap<>();
        problem.put("type", TYPE_PREFIX + typeSlug(status));
        problem.put("title", known != null ? known.getReasonPhrase() : "Error");
        problem.put("status", status.value());
        problem.put("detail", detail(status));
        problem.put("instance", exchange.getRequest().getPath().value());
        Object requestId = exchange.getAttribute(RequestIdFilter.ATTRIBUTE);
        if (requestId != null) {
            problem.put("requestId", requestId);
        }
        return problem;
    }

    private static String typeSlug(HttpStatusCode status) {
        return switch (status.value()) {
            case 400 -> "bad-request";
            case 401 -> "unauthorized";
            case 403 -> "forbidden";
            case 404 -> "not-found";
            case 405 -> "method-not-allowed";
            case 413 -> "payload-too-large";
            case 415 -> "unsupported-media-type";
            case 429 -> "too-many-requests";
            case 502 -> "bad-gateway";
            case 503 -> "service-unavailable";
            case 504 -> "gateway-timeout";
            case 500 -> "internal-error";
            default -> status.is4xxClientError() ? "bad-request" : "http-" + status.value();
        };
    }

    private static String detail(HttpStatusCode status) {
        return switch (status.value()) {
            case 404 -> "No route matches this path.";
            case 502, 503, 504 -> "The service behind this path is not available right now; try again shortly.";
            default -> status.is5xxServerError() ? "The gateway could not complete the request."
                    : "The request was not accepted.";
        };
    }
}
