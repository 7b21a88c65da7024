package org.casework.cases.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.casework.platform.ratelimit.Allowance;
import org.casework.platform.ratelimit.Bucket;
import org.casework.platform.ratelimit.RateCounter;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The count is kept in the database, so it is exact however many requests, on however many replicas, arrive at once:
 * each request gets its own place in the window, and exactly the quota is allowed.
 */
@QuarkusTest
class RateCounterTest {

    @Inject
    RateCounter counter;

    @Test
    void concurrentRequestsAreEachCountedOnceAndExactlyTheQuotaIsAllowed() throws Exception {
        Bucket bucket = new Bucket("person:change:concurrent-" + UUID.randomUUID(), "change", 100);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Allowance>> answers = new ArrayList<>();
            Callable<Allowance> take = () -> counter.take(bucket, Duration.ofHours(1));
            for (int i = 0; i < 240; i++) {
                answers.add(pool.submit(take));
            }
            Set<Integer> places = new TreeSet<>();
            int allowed = 0;
            for (Future<Allowance> answer : answers) {
                Allowance a = answer.get();
                places.add(a.used());
                allowed += a.allowed() ? 1 : 0;
            }
            assertThat(places.size(), equalTo(240));
            assertThat(allowed, equalTo(100));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBucketStartsAgainInANewWindowAndOldWindowsAreForgotten() throws Exception {
        Bucket bucket = new Bucket("person:read:windows-" + UUID.randomUUID(), "read", 5);
        // A one-millisecond window: consecutive takes fall in new windows as the clock moves on.
        Allowance first = counter.take(bucket, Duration.ofHours(1));
        assertThat(first.used(), equalTo(1));
        assertThat(counter.take(bucket, Duration.ofHours(1)).used(), equalTo(2));

        Thread.sleep(5);
        assertThat(counter.take(bucket, Duration.ofMillis(1)).used(), equalTo(1));
        assertThat(counter.forgetWindowsBefore(java.time.Instant.now().plusSeconds(1)) >= 1, equalTo(true));
    }
}
