package org.casework.system;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Write load on case-service: threads opening cases ({@code POST /cases}, each with an Idempotency-Key of its
 * own) as fast as they are answered, spread round-robin over the service processes it is given (which a test
 * may change while it runs, e.g. when it kills one). Every request is kept with its target, its timing and
 * its outcome: the status, or none when the process died or refused the connection.
 */
final class CaseOpeningLoad implements AutoCloseable {

    /** One request: {@code status} 0 when no answer came (the process was killed or was down). */
    record Sent(String target, long sentNanos, long answeredNanos, int status, String caseId) {

        boolean created() {
            return status == 201;
        }

        boolean overlaps(Sent other) {
            return sentNanos < other.answeredNanos && other.sentNanos < answeredNanos;
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private final HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build();
    private final ConcurrentLinkedQueue<Sent> sent = new ConcurrentLinkedQueue<>();
    private final ExecutorService pool;
    private final String token;
    private final String body;
    private volatile List<String> targets;
    private volatile boolean running = true;

    CaseOpeningLoad(int threads, List<String> targets, String token, String body) {
        this.targets = List.copyOf(targets);
        this.token = token;
        this.body = body;
        this.pool = Executors.newFixedThreadPool(threads);
        for (int i = 0; i < threads; i++) {
            int offset = i;
            pool.submit(() -> run(offset));
        }
    }

    /** From the next request on, the load goes to these processes only. */
    void target(List<String> urls) {
        targets = List.copyOf(urls);
    }

    /** Cases created through the given process so far. */
    long created(String target) {
        return sent.stream().filter(s -> s.created() && s.target.equals(target)).count();
    }

    List<Sent> sent() {
        return new ArrayList<>(sent);
    }

    private void run(int offset) {
        long n = offset;
        while (running) {
            List<String> now = targets;
            String target = now.get((int) (n++ % now.size()));
            HttpRequest request = HttpRequest.newBuilder(URI.create(target + "/cases")).timeout(Duration.ofSeconds(30))
                    .header("Authorization", "Bearer " + token).header("Content-Type", "application/json")
                    .header("Idempotency-Key", "audit-under-failure-" + UUID.randomUUID())
                    .POST(HttpRequest.BodyPublishers.ofString(body)).build();
            long start = System.nanoTime();
            try {
                HttpResponse<String> response = http.send(request, HttpResponse.BodyHandlers.ofString());
                String id = response.statusCode() == 201 ? JSON.readTree(response.body()).path("id").asText(null) : null;
                sent.add(new Sent(target, start, System.nanoTime(), response.statusCode(), id));
            } catch (IOException e) {
                // killed mid-request, or down: whether it committed is for the test to find out in the database
                sent.add(new Sent(target, start, System.nanoTime(), 0, null));
            } catch (InterruptedException e) {
                Thread.currentThread().interrupt();
                return;
            }
        }
    }

    /** Stops sending and waits for the requests in flight to be answered. */
    @Override
    public void close() throws InterruptedException {
        running = false;
        pool.shutdown();
        if (!pool.awaitTermination(60, TimeUnit.SECONDS)) {
            pool.shutdownNow();
            throw new IllegalStateException("the load's requests were not all answered within 60 s");
        }
    }
}
