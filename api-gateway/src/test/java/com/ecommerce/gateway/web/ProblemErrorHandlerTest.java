package com.ecommerce.gateway.web;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.ConnectException;
import java.util.concurrent.TimeoutException;

import io.netty.channel.ConnectTimeoutException;
import org.junit.jupiter.api.Test;

import org.springframework.http.HttpStatus;
import org.springframework.web.server.ResponseStatusException;

/** A service that is restarting or slow is unavailable to the client, never a gateway error. */
class ProblemErrorHandlerTest {

    @Test
    void aRefusedConnectionToTheServiceIsServiceUnavailable() {
        RuntimeException wrapped = new IllegalStateException("route failed",
                new ConnectException("Connection refused: /127.0.0.1:8083"));

        assertThat(ProblemErrorHandler.status(wrapped)).isEqualTo(HttpStatus.SERVICE_UNAVAILABLE);
    }

    @Test
    void aServiceNotAnsweringInTimeIsAGatewayTimeout() {
        assertThat(ProblemErrorHandler.status(new ConnectTimeoutException("connect timed out")))
                .isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
        assertThat(ProblemErrorHandler.status(new RuntimeException(new TimeoutException("response timed out"))))
                .isEqualTo(HttpStatus.GATEWAY_TIMEOUT);
    }

    @Test
    void aConnectionTheServiceBrokeMidRequestIsABadGateway() {
        // What Netty's epoll transport reports when a service is killed holding the request.
        Exception reset = new RuntimeException(new java.io.IOException("recvAddress(..) failed: Connection reset by peer"));
        assertThat(ProblemErrorHandler.status(reset)).isEqualTo(HttpStatus.BAD_GATEWAY);
    }

    @Test
    void keepsAnExplicitStatusAndCallsAnythingElseAnInternalError() {
        assertThat(ProblemErrorHandler.status(new ResponseStatusException(HttpStatus.NOT_FOUND)))
                .isEqualTo(HttpStatus.NOT_FOUND);
        assertThat(ProblemErrorHandler.status(new IllegalStateException("a bug")))
                .isEqualTo(HttpStatus.INTERNAL_SERVER_ERROR);
    }
}
