package org.casework.k8s;

import java.io.IOException;
import java.io.InputStream;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;

import com.sun.net.httpserver.HttpServer;

/**
 * Stands in for the OpenTelemetry collector: OTLP over HTTP ({@code POST /v1/traces}, protobuf), each export kept as
 * it came and answered 200 (an empty ExportTraceServiceResponse). Protobuf writes strings as their UTF-8 bytes, so an
 * export's text shows which service sent it ({@code service.name}).
 */
final class SpanReceiver implements AutoCloseable {

    private final HttpServer server;
    private final List<String> exports = new CopyOnWriteArrayList<>();

    SpanReceiver() throws IOException {
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", 0), 0);
        server.createContext("/v1/traces", exchange -> {
            try (InputStream in = exchange.getRequestBody()) {
                byte[] body = in.readAllBytes();
                if ("POST".equals(exchange.getRequestMethod())) {
                    exports.add(new String(body, StandardCharsets.ISO_8859_1));
                }
            }
            exchange.getResponseHeaders().add("Content-Type", "application/x-protobuf");
            exchange.sendResponseHeaders(200, -1);
            exchange.close();
        });
        server.start();
    }

    int port() {
        return server.getAddress().getPort();
    }

    /** Whether an export named this service (its resource's service.name). */
    boolean receivedFrom(String service) {
        return exports.stream().anyMatch(e -> e.contains(service));
    }

    @Override
    public void close() {
        server.stop(0);
    }
}
