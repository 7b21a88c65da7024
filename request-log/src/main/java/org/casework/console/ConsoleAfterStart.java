package org.casework.console;

import java.time.Duration;
import java.util.logging.Handler;

import jakarta.annotation.Priority;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.enterprise.event.Observes;

import org.eclipse.microprofile.config.inject.ConfigProperty;
import org.jboss.logging.Logger;
import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.LogContext;
import org.jboss.logmanager.handlers.ConsoleHandler;

import io.quarkus.runtime.ShutdownEvent;
import io.quarkus.runtime.StartupEvent;

/**
 * The console is written on the thread that logs until the application has started, and through one writer thread
 * ({@link QueuedHandler}) from then on. Start-up is where a process can fail and end at once, and a record still
 * queued when it ends is never written: with the console queued from the first record, a production start refused
 * for a missing secret once exited with no reason in its log (a clean-clone CI run, RequiredSecretsIT), and an
 * unreachable database or a taken port could end the same way. Requests come after start-up, and they are what
 * shared the formatter's lock (docs/benchmarks.md, 2026-12-06). When the application stops, the console goes back to
 * its place and the queue is written out; a shutdown hook does the same should the process end without that.
 */
@ApplicationScoped
public class ConsoleAfterStart {

    private static final Logger LOG = Logger.getLogger(ConsoleAfterStart.class);
    /** How long an exit waits for the writer to write out the queue (a full queue is 4,096 short lines). */
    private static final Duration DRAIN_WAIT = Duration.ofSeconds(5);

    private final boolean enabled;
    private final int queueLength;
    private volatile Swap swap;

    /** Where the console was, what stands in for it, and the hook that writes out the queue at exit. */
    private record Swap(ExtHandler parent, Handler console, QueuedHandler queued, Thread hook) {
    }

    public ConsoleAfterStart(@ConfigProperty(name = "casework.log.console.queued-after-start") boolean enabled,
            @ConfigProperty(name = "casework.log.console.queue-length") int queueLength) {
        this.enabled = enabled;
        this.queueLength = queueLength;
    }

    /** Last of the start-up observers, so that a start refused by any of them is still written on its own thread. */
    void onStart(@Observes @Priority(Integer.MAX_VALUE) StartupEvent event) {
        if (!enabled) {
            return;
        }
        for (Handler root : LogContext.getLogContext().getLogger("").getHandlers()) {
            if (root instanceof ExtHandler parent && queueConsoleUnder(parent)) {
                LOG.infof("console: written by its own thread from now on (queue of %d records)", queueLength);
                return;
            }
        }
        LOG.warn("console: no console handler found; it stays written on the thread that logs");
    }

    /** Replaces the console handler among {@code parent}'s handlers with one that queues for it. */
    private boolean queueConsoleUnder(ExtHandler parent) {
        Handler[] handlers = parent.getHandlers();
        for (int i = 0; i < handlers.length; i++) {
            if (handlers[i] instanceof ConsoleHandler console) {
                QueuedHandler queued = new QueuedHandler(console, queueLength);
                replace(parent, console, queued);
                Thread hook = new Thread(() -> queued.drain(DRAIN_WAIT), "console-drain");
                Runtime.getRuntime().addShutdownHook(hook);
                swap = new Swap(parent, console, queued, hook);
                return true;
            }
        }
        return false;
    }

    /**
     * The console back in its place, written on the logging thread again, and what was queued written out: an
     * application that stops and starts again in one process (tests, dev mode) swaps it once per start.
     */
    void onStop(@Observes ShutdownEvent event) {
        Swap s = swap;
        if (s == null) {
            return;
        }
        swap = null;
        replace(s.parent(), s.queued(), s.console());
        s.queued().drain(DRAIN_WAIT);
        try {
            Runtime.getRuntime().removeShutdownHook(s.hook());
        } catch (IllegalStateException exiting) {
            // the process is exiting: the hook runs, and finds the queue already written out
        }
    }

    private static void replace(ExtHandler parent, Handler was, Handler by) {
        Handler[] handlers = parent.getHandlers().clone();
        for (int i = 0; i < handlers.length; i++) {
            if (handlers[i] == was) {
                handlers[i] = by;
            }
        }
        parent.setHandlers(handlers);
    }
}
