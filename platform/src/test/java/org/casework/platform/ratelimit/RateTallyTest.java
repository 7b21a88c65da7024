package org.casework.platform.ratelimit;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;

import org.junit.jupiter.api.Test;

class RateTallyTest {

    private static final Duration MINUTE = Duration.ofMinutes(1);
    private static final Instant NOON = Instant.parse("2026-12-05T12:00:10Z");

    @Test
    void concurrentRequestsOnOneReplicaAreEachCountedOnceAndExactlyTheQuotaIsAllowed() throws Exception {
        RateTally tally = new RateTally();
        Bucket bucket = new Bucket("person:change:someone", "change", 100);
        ExecutorService pool = Executors.newFixedThreadPool(12);
        try {
            List<Future<Allowance>> answers = new ArrayList<>();
            for (int i = 0; i < 240; i++) {
                answers.add(pool.submit(() -> tally.count(bucket, NOON, MINUTE)));
            }
            Set<Integer> places = new TreeSet<>();
            int allowed = 0;
            for (Future<Allowance> answer : answers) {
                places.add(answer.get().used());
                allowed += answer.get().allowed() ? 1 : 0;
            }
            assertEquals(240, places.size());
            assertEquals(100, allowed);
        } finally {
            pool.shutdownNow();
        }
    }

    @Test
    void aNewWindowStartsFromNothingAndSaysWhenItResets() {
        RateTally tally = new RateTally();
        Bucket bucket = new Bucket("person:read:someone", "read", 2);
        tally.count(bucket, NOON, MINUTE);
        tally.count(bucket, NOON, MINUTE);
        Allowance third = tally.count(bucket, NOON, MINUTE);
        assertFalse(third.allowed());
        assertEquals(50, third.resetSeconds());

        Allowance next = tally.count(bucket, NOON.plus(MINUTE), MINUTE);

        assertEquals(1, next.used());
        assertTrue(next.allowed());
    }

    @Test
    void theOtherReplicasCountsJoinThisOnesOnceSettledAndOnlyUnsentRequestsAreSentAgain() {
        RateTally tally = new RateTally();
        Bucket bucket = new Bucket("client:read:portal", "read", 10);
        for (int i = 0; i < 3; i++) {
            tally.count(bucket, NOON, MINUTE);
        }
        List<RateTally.Unsent> unsent = tally.unsent(NOON, MINUTE);
        assertEquals(1, unsent.size());
        assertEquals(3, unsent.get(0).delta());

        // The database now counts 8: this replica's 3 and 5 from the others.
        RateTally.settle(unsent.get(0), unsent.get(0).slot().windowStart, 8);

        assertEquals(9, tally.count(bucket, NOON, MINUTE).used());
        List<RateTally.Unsent> again = tally.unsent(NOON, MINUTE);
        assertEquals(1, again.get(0).delta(), "only the request counted since");
    }

    @Test
    void windowsThatEndedAreForgottenUnsent() {
        RateTally tally = new RateTally();
        tally.count(new Bucket("address:read:192.0.2.1", "read", 5), NOON, MINUTE);

        assertTrue(tally.unsent(NOON.plus(MINUTE), MINUTE).isEmpty());
        assertEquals(0, tally.size());
    }
}
