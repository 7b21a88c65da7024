package org.casework.notices.warmup;

import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/**
 * Warm-up steps run one after another, each timed and none able to stop the others: the local ones
 * first (they need nothing but this process and its database), then those that reach other services,
 * which may be down and must never hold readiness back.
 */
public final class WarmupRun {

    /** One step: what it warms, whether it reaches another service, and the work. */
    public record Step(String name, boolean remote, Runnable work) {
    }

    /** How a step went. */
    public record Outcome(String name, boolean ok, long millis, String error) {

        public String describe() {
            return ok ? "ok in " + millis + " ms" : "failed after " + millis + " ms: " + error;
        }
    }

    private static final int MAX_ERROR = 200;

    private final List<Step> steps;
    private final List<Outcome> outcomes = new CopyOnWriteArrayList<>();
    private final CompletableFuture<Void> localDone = new CompletableFuture<>();
    private final CompletableFuture<Void> allDone = new CompletableFuture<>();

    public WarmupRun(List<Step> steps) {
        this.steps = steps.stream().sorted((a, b) -> Boolean.compare(a.remote(), b.remote())).toList();
    }

    public void run() {
        try {
            for (Step step : steps) {
                if (step.remote()) {
                    localDone.complete(null);
                }
                outcomes.add(attempt(step));
            }
        } finally {
            localDone.complete(null);
            allDone.complete(null);
        }
    }

    private static Outcome attempt(Step step) {
        long start = System.nanoTime();
        try {
            step.work().run();
            return new Outcome(step.name(), true, (System.nanoTime() - start) / 1_000_000, null);
        } catch (RuntimeException e) {
            String error = e.getClass().getSimpleName() + (e.getMessage() == null ? "" : ": " + e.getMessage());
            return new Outcome(step.name(), false, (System.nanoTime() - start) / 1_000_000,
                    error.length() > MAX_ERROR ? error.substring(0, MAX_ERROR) : error);
        }
    }

    /** Whether the local steps have run (whatever their outcome). */
    public boolean localStepsDone() {
        return localDone.isDone();
    }

    /** Completes once every step has run. */
    public CompletableFuture<Void> finished() {
        return allDone;
    }

    public List<Outcome> outcomes() {
        return List.copyOf(outcomes);
    }
}
