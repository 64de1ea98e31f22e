package com.ecommerce.gateway.security;

import java.net.InetSocketAddress;
import java.time.Instant;
import java.util.Base64;
import java.util.Date;
import java.util.List;

import com.ecommerce.testsupport.TestIssuer;
import reactor.core.publisher.Flux;
import reactor.netty.http.client.HttpClient;

import org.springframework.core.io.buffer.DataBuffer;
import org.springframework.core.io.buffer.DefaultDataBufferFactory;
import org.springframework.http.client.reactive.ReactorClientHttpConnector;
import org.springframework.test.web.reactive.server.WebTestClient;

/** The unusual requests edge tests send: from a chosen address, with broken tokens, with chunked bodies. */
final class EdgeRequests {

    private EdgeRequests() {
    }

    /**
     * A client of the gateway on the port whose requests come from the given loopback address:
     * per-address buckets are shared by every test calling from one address, and all of
     * 127.0.0.0/8 reaches a server bound to 127.0.0.1.
     */
    static WebTestClient clientFrom(String address, int port) {
        HttpClient http = HttpClient.create().bindAddress(() -> new InetSocketAddress(address, 0));
        return WebTestClient.bindToServer(new ReactorClientHttpConnector(http)).baseUrl("http://127.0.0.1:" + port).build();
    }

    /** A token that expired ten minutes ago, beyond the 60 s leeway. */
    static String expiredToken(TestIssuer issuer) {
        return issuer.token("u1", List.of("CUSTOMER"), c -> c.expirationTime(Date.from(Instant.now().minusSeconds(600))));
    }

    /** The same token with bits flipped in its RS256 signature: header and claims untouched, so its kid is known. */
    static String withTamperedSignature(String jwt) {
        String[] parts = jwt.split("\\.");
        byte[] signature = Base64.getUrlDecoder().decode(parts[2]);
        signature[0] ^= 0x01;
        signature[signature.length / 2] ^= (byte) 0x80;
        return parts[0] + "." + parts[1] + "." + Base64.getUrlEncoder().withoutPadding().encodeToString(signature);
    }

    /** A body of 64 KiB chunks sent as they come, so the client declares no length. */
    static Flux<DataBuffer> chunks(int count) {
        return Flux.range(0, count).map(i -> DefaultDataBufferFactory.sharedInstance.wrap(new byte[64 * 1024]));
    }
}
