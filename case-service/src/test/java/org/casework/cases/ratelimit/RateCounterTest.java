package org.casework.cases.ratelimit;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.equalTo;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import jakarta.inject.Inject;

import org.casework.platform.ratelimit.Bucket;
import org.casework.platform.ratelimit.RateCountSync;
import org.casework.platform.ratelimit.RateCounter;
import org.casework.platform.ratelimit.RateLimitConfig;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/**
 * The replicas' counts meet in the database: every delta a replica sends is added exactly once however many arrive at
 * once, and a replica that counts learns the others' requests when it next sends its own.
 */
@QuarkusTest
class RateCounterTest {

    @Inject
    RateCounter counter;

    @Inject
    RateLimitConfig config;

    @Test
    void concurrentDeltasFromManyReplicasAreEachAddedOnce() throws Exception {
        String bucket = "person:change:concurrent-" + UUID.randomUUID();
        Instant window = Instant.now().truncatedTo(ChronoUnit.HOURS);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<List<RateCounter.Total>>> answers = new ArrayList<>();
            for (int i = 0; i < 120; i++) {
                answers.add(pool.submit(() -> counter.add(List.of(new RateCounter.Delta(bucket, window, 2)))));
            }
            Set<Integer> totals = new TreeSet<>();
            for (Future<List<RateCounter.Total>> answer : answers) {
                totals.add(answer.get().get(0).used());
            }
            assertThat(totals.size(), equalTo(120));
            assertThat(((TreeSet<Integer>) totals).last(), equalTo(240));
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aBucketStartsAgainInANewWindowAndOldWindowsAreForgotten() throws Exception {
        String bucket = "person:read:windows-" + UUID.randomUUID();
        Instant first = Instant.now().truncatedTo(ChronoUnit.MINUTES).minus(Duration.ofMinutes(10));
        assertThat(counter.add(List.of(new RateCounter.Delta(bucket, first, 3))).get(0).used(), equalTo(3));
        assertThat(counter.add(List.of(new RateCounter.Delta(bucket, first, 1))).get(0).used(), equalTo(4));

        RateCounter.Total next = counter.add(List.of(new RateCounter.Delta(bucket, first.plusSeconds(60), 1))).get(0);

        assertThat(next.used(), equalTo(1));
        assertThat(next.windowStart(), equalTo(first.plusSeconds(60)));
        assertThat(counter.forgetWindowsBefore(Instant.now().plusSeconds(1)) >= 1, equalTo(true));
    }

    @Test
    void aReplicaLearnsTheOtherReplicasRequestsWhenItNextSendsItsOwn() {
        // One instant for both replicas, so every count falls in one window however the test is timed.
        Clock now = Clock.fixed(Instant.now(), ZoneOffset.UTC);
        RateCountSync one = new RateCountSync(counter, config, now);
        RateCountSync other = new RateCountSync(counter, config, now);
        Bucket bucket = new Bucket("person:read:replicas-" + UUID.randomUUID(), "read", 1000);
        for (int i = 0; i < 5; i++) {
            one.count(bucket);
        }
        for (int i = 0; i < 2; i++) {
            other.count(bucket);
        }
        assertThat(one.synchronise(), equalTo(1));
        assertThat(other.synchronise(), equalTo(1));

        assertThat("the other replica knows of the first one's five", other.count(bucket).used(), equalTo(8));
        assertThat("the first one has not heard yet", one.count(bucket).used(), equalTo(6));
        one.synchronise();
        assertThat(one.count(bucket).used(), equalTo(9));
    }
}
