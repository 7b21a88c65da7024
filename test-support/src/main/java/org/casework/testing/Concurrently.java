package org.casework.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.BiFunction;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import io.restassured.response.Response;

/** Fires n requests at the same moment and counts the answers by status. */
public final class Concurrently {

    private Concurrently() {
    }

    public static Map<Integer, Long> statuses(int n, IntFunction<Response> call) throws Exception {
        return all(n, call).stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
    }

    /**
     * Sends n requests that provably overlap: each carries the header of one {@link OverlapBarrier}
     * (the call adds it: {@code r.header(OverlapBarrier.HEADER, barrier)}), so the service holds every
     * one until all n are inside it. Answers every response, in the order of {@code i}.
     */
    public static List<Response> overlapping(int n, BiFunction<Integer, String, Response> call) throws Exception {
        String barrier = OverlapBarrier.value("race-" + UUID.randomUUID(), n);
        return all(n, i -> call.apply(i, barrier));
    }

    /** {@link #overlapping} counted by status. */
    public static Map<Integer, Long> overlappingStatuses(int n, BiFunction<Integer, String, Response> call)
            throws Exception {
        return overlapping(n, call).stream().collect(Collectors.groupingBy(Response::statusCode, Collectors.counting()));
    }

    private static List<Response> all(int n, IntFunction<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Response>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int attempt = i;
                Callable<Response> task = () -> {
                    start.await();
                    Response r = call.apply(attempt);
                    r.asByteArray(); // read the whole answer while the connection is ours
                    return r;
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Response> responses = new ArrayList<>();
            for (Future<Response> f : futures) {
                responses.add(f.get());
            }
            return responses;
        } finally {
            pool.shutdownNow();
        }
    }
}
