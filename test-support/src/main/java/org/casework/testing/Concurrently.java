package org.casework.testing;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.function.IntFunction;
import java.util.stream.Collectors;

import io.restassured.response.Response;

/** Fires n requests at the same moment and counts the answers by status. */
public final class Concurrently {

    private Concurrently() {
    }

    public static Map<Integer, Long> statuses(int n, IntFunction<Response> call) throws Exception {
        ExecutorService pool = Executors.newFixedThreadPool(n);
        CountDownLatch start = new CountDownLatch(1);
        try {
            List<Future<Integer>> futures = new ArrayList<>();
            for (int i = 0; i < n; i++) {
                int attempt = i;
                Callable<Integer> task = () -> {
                    start.await();
                    return call.apply(attempt).statusCode();
                };
                futures.add(pool.submit(task));
            }
            start.countDown();
            List<Integer> statuses = new ArrayList<>();
            for (Future<Integer> f : futures) {
                statuses.add(f.get());
            }
            return statuses.stream().collect(Collectors.groupingBy(s -> s, Collectors.counting()));
        } finally {
            pool.shutdownNow();
        }
    }
}
