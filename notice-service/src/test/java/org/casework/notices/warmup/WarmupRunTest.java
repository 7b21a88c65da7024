package org.casework.notices.warmup;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

import org.junit.jupiter.api.Test;

class WarmupRunTest {

    @Test
    void readinessWaitsForTheLocalStepsOnlyNotForAServiceThatDoesNotAnswer() throws Exception {
        CountDownLatch keycloakAnswers = new CountDownLatch(1);
        CountDownLatch tokenAsked = new CountDownLatch(1);
        WarmupRun run = new WarmupRun(List.of(
                new WarmupRun.Step("service-token", true, () -> {
                    tokenAsked.countDown();
                    await(keycloakAnswers);
                }),
                new WarmupRun.Step("document", false, () -> { })));
        assertFalse(run.localStepsDone());
        Thread thread = new Thread(run::run);
        thread.start();
        assertTrue(tokenAsked.await(10, TimeUnit.SECONDS), "the remote step started");
        assertTrue(run.localStepsDone(), "local steps done while the token issuer still keeps us waiting");
        assertEquals(List.of("document"), run.outcomes().stream().map(WarmupRun.Outcome::name).toList());
        assertFalse(run.finished().isDone());
        keycloakAnswers.countDown();
        run.finished().get(10, TimeUnit.SECONDS);
        thread.join(10_000);
    }

    @Test
    void aFailingStepIsReportedAndTheOthersStillRun() {
        WarmupRun run = new WarmupRun(List.of(
                new WarmupRun.Step("case-service", true, () -> {
                    throw new IllegalStateException("connection refused");
                }),
                new WarmupRun.Step("representation-service", true, () -> { })));
        run.run();
        List<WarmupRun.Outcome> outcomes = run.outcomes();
        assertFalse(outcomes.get(0).ok());
        assertTrue(outcomes.get(0).describe().endsWith("IllegalStateException: connection refused"),
                outcomes.get(0).describe());
        assertTrue(outcomes.get(1).ok());
        assertTrue(run.localStepsDone());
        assertTrue(run.finished().isDone());
    }

    private static void await(CountDownLatch latch) {
        try {
            latch.await(10, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
