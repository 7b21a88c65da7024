package org.casework.platform.lease;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

import org.junit.jupiter.api.Test;

class StepLoopTest {

    @Test
    void aStepThatThrowsAnErrorOrAnExceptionIsRunAgainAfterTheInterval() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch third = new CountDownLatch(3);
        try (StepLoop loop = StepLoop.start("test-loop", Duration.ofMillis(20), () -> {
            int run = runs.incrementAndGet();
            third.countDown();
            if (run == 1) {
                throw new NoClassDefFoundError("an error escaping the step");
            }
            if (run == 2) {
                throw new IllegalStateException("an exception escaping the step");
            }
            return false;
        })) {
            assertTrue(third.await(5, TimeUnit.SECONDS), "runs after the step threw: " + runs.get());
        }
    }

    @Test
    void aStepThatReadAWholeBatchIsRunAgainAtOnceOtherwiseAfterTheIntervalWhichClosingDoesNotWaitFor() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch sixth = new CountDownLatch(6);
        StepLoop loop = StepLoop.start("test-loop", Duration.ofHours(1), () -> {
            sixth.countDown();
            return runs.incrementAndGet() <= 5;
        });
        assertTrue(sixth.await(5, TimeUnit.SECONDS), "runs: " + runs.get());
        Thread.sleep(200);
        assertEquals(6, runs.get(), "the sixth read less than a batch: the next waits an hour");

        long closing = System.nanoTime();
        loop.close(Duration.ofSeconds(15));
        assertTrue(Duration.ofNanos(System.nanoTime() - closing).compareTo(Duration.ofSeconds(5)) < 0,
                "closing waits for a step under way, not for the next one's turn");
    }

    @Test
    void aClosedLoopRunsNoMoreSteps() throws Exception {
        AtomicInteger runs = new AtomicInteger();
        CountDownLatch first = new CountDownLatch(1);
        StepLoop loop = StepLoop.start("test-loop", Duration.ofMillis(10), () -> {
            runs.incrementAndGet();
            first.countDown();
            return false;
        });
        assertTrue(first.await(5, TimeUnit.SECONDS));
        loop.close(Duration.ofSeconds(5));
        int afterClose = runs.get();
        Thread.sleep(100);
        assertEquals(afterClose, runs.get());
    }
}
