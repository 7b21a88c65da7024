package org.casework.system;

import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executors;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;

/**
 * The network between one service and another, under the test's control: it passes every request on
 * and its answer back, unless told to refuse (a 503, as from an unavailable service) or to hold the
 * answer of chosen requests after they have reached the other service. A held answer waits until the
 * test releases it, which is how a test stops a caller at an exact point of its work without any hook
 * in the packaged application.
 */
final class Relay implements AutoCloseable {

    /** A request that reached the other service and whose answer the caller is still waiting for. */
    record Held(String method, String path, int status, CountDownLatch latch) {

        void release() {
            latch.countDown();
        }
    }

    private static final Set<String> UNFORWARDED = Set.of("host", "content-length", "connection", "expect", "upgrade",
            "transfer-encoding", "keep-alive");

    private final HttpServer server;
    private final String target;
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final BlockingQueue<Held> held = new LinkedBlockingQueue<>();
    private volatile boolean refusing;
    private volatile Predicate<String> holding = request -> false;

    Relay(int port, String target) throws IOException {
        this.target = target;
        server = HttpServer.create(new InetSocketAddress("127.0.0.1", port), 64);
        server.setExecutor(Executors.newCachedThreadPool());
        server.createContext("/", this::relay);
        server.start();
    }

    String url() {
        return "http://127.0.0.1:" + server.getAddress().getPort();
    }

    /** Answers every request with 503 from now on (true), or passes them on again (false). */
    void refuse(boolean refuse) {
        refusing = refuse;
    }

    /** Holds the answer of every request whose "METHOD /path" matches, until the test releases it. */
    void hold(Predicate<String> methodAndPath) {
        holding = methodAndPath;
    }

    /** Passes everything on and lets every held answer go. */
    void reset() {
        refusing = false;
        holding = request -> false;
        Held h;
        while ((h = held.poll()) != null) {
            h.release();
        }
    }

    /** A request whose answer is held now, or null. */
    Held poll() {
        return held.poll();
    }

    /** The next request whose answer is held, once it has reached the other service. */
    Held nextHeld(Duration timeout) throws InterruptedException {
        Held h = held.poll(timeout.toMillis(), TimeUnit.MILLISECONDS);
        if (h == null) {
            throw new AssertionError("no request was held within " + timeout.toSeconds() + " s");
        }
        return h;
    }

    private void relay(HttpExchange exchange) throws IOException {
        try (exchange) {
            String method = exchange.getRequestMethod();
            String pathAndQuery = exchange.getRequestURI().getRawPath()
                    + (exchange.getRequestURI().getRawQuery() == null ? "" : "?" + exchange.getRequestURI().getRawQuery());
            if (refusing) {
                answer(exchange, 503, "application/problem+json",
                        "{\"status\":503,\"title\":\"Service unavailable\"}".getBytes(StandardCharsets.UTF_8));
                return;
            }
            byte[] body;
            try (InputStream in = exchange.getRequestBody()) {
                body = in.readAllBytes();
            }
            HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(target + pathAndQuery)).timeout(Duration.ofSeconds(30))
                    .method(method, body.length == 0 ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofByteArray(body));
            exchange.getRequestHeaders().forEach((name, values) -> {
                if (!UNFORWARDED.contains(name.toLowerCase())) {
                    values.forEach(v -> request.header(name, v));
                }
            });
            HttpResponse<byte[]> response = http.send(request.build(), HttpResponse.BodyHandlers.ofByteArray());
            String line = method + " " + exchange.getRequestURI().getRawPath();
            if (holding.test(line)) {
                Held h = new Held(method, exchange.getRequestURI().getRawPath(), response.statusCode(), new CountDownLatch(1));
                held.add(h);
                h.latch().await();
            }
            response.headers().map().forEach((name, values) -> {
                if (!UNFORWARDED.contains(name.toLowerCase()) && !name.startsWith(":")) {
                    values.forEach(v -> exchange.getResponseHeaders().add(name, v));
                }
            });
            answer(exchange, response.statusCode(), null, response.body());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        } catch (IOException e) {
            // the caller went away (killed, or timed out) while its answer was held: nothing to tell it
        }
    }

    private static void answer(HttpExchange exchange, int status, String contentType, byte[] body) throws IOException {
        if (contentType != null) {
            exchange.getResponseHeaders().set("Content-Type", contentType);
        }
        boolean empty = body.length == 0 || status == 204 || status == 304;
        exchange.sendResponseHeaders(status, empty ? -1 : body.length);
        if (!empty) {
            try (OutputStream out = exchange.getResponseBody()) {
                out.write(body);
            }
        }
    }

    @Override
    public void close() {
        reset();
        server.stop(0);
    }
}
