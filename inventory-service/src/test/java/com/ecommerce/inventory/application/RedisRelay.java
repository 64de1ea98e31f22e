package com.ecommerce.inventory.application;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.net.Socket;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A TCP relay to the local Redis that a test can sever and restore, so the gate loses Redis in
 * the middle of a run (as in a network split or a Redis crash) without stopping the shared server.
 */
final class RedisRelay {

    private static final InetSocketAddress REDIS = new InetSocketAddress("127.0.0.1", 6379);

    private final int port;
    private final Set<Socket> sockets = ConcurrentHashMap.newKeySet();
    private volatile ServerSocket server;

    private RedisRelay(int port) {
        this.port = port;
    }

    static RedisRelay start() {
        ServerSocket first = listen(0);
        RedisRelay relay = new RedisRelay(first.getLocalPort());
        relay.accept(first);
        return relay;
    }

    int port() {
        return port;
    }

    /** Closes the listening socket and every relayed connection, as if Redis vanished. */
    synchronized void sever() {
        close(server);
        sockets.forEach(RedisRelay::close);
        sockets.clear();
    }

    synchronized void restore() {
        accept(listen(port));
    }

    private static ServerSocket listen(int onPort) {
        try {
            ServerSocket socket = new ServerSocket();
            socket.setReuseAddress(true);
            socket.bind(new InetSocketAddress(InetAddress.getLoopbackAddress(), onPort));
            return socket;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    private void accept(ServerSocket listening) {
        server = listening;
        Thread.ofVirtual().start(() -> {
            while (!listening.isClosed()) {
                try {
                    Socket client = listening.accept();
                    Socket upstream = new Socket(REDIS.getAddress(), REDIS.getPort());
                    sockets.add(client);
                    sockets.add(upstream);
                    Thread.ofVirtual().start(() -> pipe(client, upstream));
                    Thread.ofVirtual().start(() -> pipe(upstream, client));
                } catch (IOException e) {
                    // The listening socket was closed by sever(): stop accepting.
                }
            }
        });
    }

    private static void pipe(Socket from, Socket to) {
        try {
            from.getInputStream().transferTo(to.getOutputStream());
        } catch (IOException e) {
            // One side went away (or was severed): the other one goes too, like a real broken link.
        } finally {
            close(from);
            close(to);
        }
    }

    private static void close(AutoCloseable closeable) {
        try {
            if (closeable != null) {
                closeable.close();
            }
        } catch (Exception e) {
            // Already closed.
        }
    }
}
