package org.casework.platform.lease;

import java.time.Duration;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.function.BooleanSupplier;

import org.jboss.logging.Logger;

/**
 * Runs a leader's step (the outbox relay's, the audit sequencer's) again and again on a daemon thread of its own: at
 * once when the step asks for it (it read a whole batch), otherwise after the interval. A step that throws anything,
 * an {@link Error} too, is logged and the loop goes on after the interval. Without this, one throwable escaping a step
 * ended the thread's schedule for good: the process kept serving and answering its probes while its events waited in
 * the outbox, or its audit entries unlinked, until someone restarted it.
 */
public final class StepLoop implements AutoCloseable {

    private static final Logger LOG = Logger.getLogger(StepLoop.class);

    private final String name;
    private final Duration interval;
    private final BooleanSupplier step;
    private final ScheduledExecutorService executor;

    private StepLoop(String name, Duration interval, BooleanSupplier step) {
        this.name = name;
        this.interval = interval;
        this.step = step;
        ScheduledThreadPoolExecutor executor = new ScheduledThreadPoolExecutor(1, r -> {
            Thread t = new Thread(r, name);
            t.setDaemon(true);
            return t;
        });
        // closing drops the next step waiting its turn: only a step under way is waited for
        executor.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
        this.executor = executor;
    }

    /**
     * Starts running {@code step} at once on a thread named {@code name}; the step answers whether to run again at
     * once (true) or after {@code interval}.
     */
    public static StepLoop start(String name, Duration interval, BooleanSupplier step) {
        StepLoop loop = new StepLoop(name, interval, step);
        loop.schedule(0);
        return loop;
    }

    private void run() {
        long next = interval.toMillis();
        try {
            if (step.getAsBoolean()) {
                next = 0;
            }
        } catch (Throwable t) {
            LOG.errorf(t, "%s: the step failed (%s); it runs again in %d ms", name, t.getClass().getSimpleName(), next);
        }
        schedule(next);
    }

    private void schedule(long delayMillis) {
        if (!executor.isShutdown()) {
            try {
                executor.schedule(this::run, delayMillis, TimeUnit.MILLISECONDS);
            } catch (java.util.concurrent.RejectedExecutionException e) {
                // closed between the check and the call: nothing more to run
            }
        }
    }

    /** Stops scheduling and waits up to {@code wait} for a step under way to end. */
    public void close(Duration wait) {
        executor.shutdown();
        try {
            executor.awaitTermination(wait.toMillis(), TimeUnit.MILLISECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    @Override
    public void close() {
        close(Duration.ofSeconds(15));
    }
}
