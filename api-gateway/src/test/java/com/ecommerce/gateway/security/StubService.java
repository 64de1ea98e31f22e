package com.ecommerce.gateway.security;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.Headers;
import com.sun.net.httpserver.HttpServer;

/** A service behind the gateway that answers 200 and remembers the headers of every request. */
final class StubService {

    private final HttpServer server;
    private final List<Headers> received = new CopyOnWriteArrayList<>();

    StubService() {
        try {
            server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        server.createContext("/", exchange -> {
            received.add(exchange.getRequestHeaders());
            exchange.getRequestBody().readAllBytes();
            byte[] body = "{\"ok\":true}".getBytes(StandardCharsets.UTF_8);
            exchange.getResponseHeaders().add("Content-Type", "application/json");
            exchange.sendResponseHeaders(200, body.length);
            exchange.getResponseBody().write(body);
            exchange.close();
        });
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    int requests() {
        return received.size();
    }

    /** The value of a header on the last request, or null. */
    String lastHeader(String name) {
        if (received.isEmpty()) {
            return null;
        }
        List<String> values = received.getLast().get(name);
        return values == null ? null : String.join(",", values);
    }

    Map<String, List<String>> lastHeaders() {
        return received.getLast();
    }

    void stop() {
        server.stop(0);
    }
}
