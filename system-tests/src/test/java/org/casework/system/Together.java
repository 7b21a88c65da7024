package org.casework.system;

import static org.junit.jupiter.api.Assertions.assertTrue;

import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Flow;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;

/**
 * Sends requests at the same moment, one thread each, held at a barrier until every thread is ready
 * with its request already built and a connection already open (a first round of health probes fills
 * the client's pool), and times each from the moment it is sent to its answer. A request with a body
 * sends its headers at once but holds its body back until every such request has begun: no service
 * can answer one before all have reached it, even where the first answers are quick (an idempotent
 * replay) and the machine is too loaded to send fifty requests before the first comes back. A race
 * test then shows the requests really were in flight together: at one instant, nearly all of them
 * were sent and not yet answered.
 */
final class Together {

    record Answer(int status, HttpResponse<String> response, long sentNanos, long answeredNanos) {

        String header(String name) {
            return response.headers().firstValue(name).orElse(null);
        }

        JsonNode json() {
            try {
                return JSON.readTree(response.body());
            } catch (Exception e) {
                throw new IllegalStateException(response.body(), e);
            }
        }
    }

    private static final ObjectMapper JSON = new ObjectMapper();
    private static final HttpClient HTTP = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(10)).build();

    private Together() {
    }

    static List<Answer> send(List<HttpRequest> requests) throws Exception {
        java.net.URI first = requests.get(0).uri();
        HttpRequest probe = HttpRequest.newBuilder(first.resolve("/q/health/live")).timeout(Duration.ofSeconds(60)).build();
        fire(requests.stream().map(r -> probe).toList());
        return fire(requests);
    }

    private static List<Answer> fire(List<HttpRequest> built) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(built.size());
        ExecutorService releasers = Executors.newCachedThreadPool();
        CyclicBarrier ready = new CyclicBarrier(built.size());
        CountDownLatch begun = new CountDownLatch((int) built.stream().filter(Together::hasBody).count());
        try {
            List<Future<Answer>> futures = new ArrayList<>();
            for (HttpRequest request : built.stream().map(r -> hasBody(r) ? bodyHeldBack(r, begun, releasers) : r).toList()) {
                futures.add(pool.submit(() -> {
                    ready.await();
                    long sent = System.nanoTime();
                    HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString(StandardCharsets.UTF_8));
                    return new Answer(r.statusCode(), r, sent, System.nanoTime());
                }));
            }
            List<Answer> answers = new ArrayList<>();
            for (Future<Answer> f : futures) {
                answers.add(f.get());
            }
            return answers;
        } finally {
            pool.shutdownNow();
            releasers.shutdownNow();
        }
    }

    private static boolean hasBody(HttpRequest request) {
        return request.bodyPublisher().map(b -> b.contentLength() != 0).orElse(false);
    }

    /**
     * The same request, its body sent only once every held request has begun to be sent (the client
     * asks for a body after writing the headers). Never blocks the client's own thread; if some request
     * never begins, the rest go after a while and {@link #assertOverlapped} judges what happened.
     */
    private static HttpRequest bodyHeldBack(HttpRequest request, CountDownLatch begun, ExecutorService releasers) {
        HttpRequest.BodyPublisher body = request.bodyPublisher().orElseThrow();
        HttpRequest.BodyPublisher held = new HttpRequest.BodyPublisher() {
            @Override
            public long contentLength() {
                return body.contentLength();
            }

            @Override
            public void subscribe(Flow.Subscriber<? super ByteBuffer> subscriber) {
                begun.countDown();
                releasers.execute(() -> {
                    try {
                        begun.await(30, TimeUnit.SECONDS);
                    } catch (InterruptedException e) {
                        Thread.currentThread().interrupt();
                    }
                    body.subscribe(subscriber);
                });
            }
        };
        return HttpRequest.newBuilder(request, (name, value) -> true).method(request.method(), held).build();
    }

    /**
     * At one instant at least four in five of the requests were on their way and unanswered (the most
     * that were in flight together, from the send and answer times): they raced, not queued.
     */
    static void assertOverlapped(List<Answer> answers) {
        List<long[]> events = new ArrayList<>();
        for (Answer a : answers) {
            events.add(new long[] { a.sentNanos(), 1 });
            events.add(new long[] { a.answeredNanos(), -1 });
        }
        events.sort((x, y) -> x[0] != y[0] ? Long.compare(x[0], y[0]) : Long.compare(x[1], y[1]));
        int inFlight = 0;
        int most = 0;
        for (long[] e : events) {
            inFlight += (int) e[1];
            most = Math.max(most, inFlight);
        }
        long spread = answers.stream().mapToLong(Answer::sentNanos).max().orElseThrow()
                - answers.stream().mapToLong(Answer::sentNanos).min().orElseThrow();
        System.out.printf("%d of %d requests were in flight together (all sent within %d ms)%n", most, answers.size(), spread / 1_000_000);
        assertTrue(most * 5 >= answers.size() * 4, "the requests did not overlap: at most " + most + " of " + answers.size()
                + " were in flight together");
    }

    static Map<Integer, Integer> statuses(List<Answer> answers) {
        Map<Integer, Integer> statuses = new TreeMap<>();
        answers.forEach(a -> statuses.merge(a.status(), 1, Integer::sum));
        return statuses;
    }

    static HttpRequest.Builder request(String url, String token) {
        return HttpRequest.newBuilder(java.net.URI.create(url)).timeout(Duration.ofSeconds(60)).header("Authorization", "Bearer " + token);
    }

    static HttpRequest json(String method, String url, String token, String body, String... headers) {
        HttpRequest.Builder b = request(url, token).header("Content-Type", "application/json")
                .method(method, body == null ? HttpRequest.BodyPublishers.noBody() : HttpRequest.BodyPublishers.ofString(body));
        for (int i = 0; i < headers.length; i += 2) {
            b.header(headers[i], headers[i + 1]);
        }
        return b.build();
    }
}
