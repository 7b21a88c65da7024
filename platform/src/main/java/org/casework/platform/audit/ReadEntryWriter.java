package org.casework.platform.audit;

import java.sql.Connection;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicBoolean;
import java.util.concurrent.locks.LockSupport;

import javax.sql.DataSource;

import jakarta.annotation.PreDestroy;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.persistence.PersistenceException;

import org.jboss.logging.Logger;

/**
 * Writes the entries of reads, many in one statement and one commit, and returns to each read once the commit that
 * holds its entry is done. A read has no change to commit with, so nothing ties its entry to a transaction of its
 * own; what matters is that the entry is durable before anything is shown.
 * <p>
 * Why: written one by one, every read held a pooled connection through its own INSERT and COMMIT, WAL flush included,
 * and with the few connections a pod has (docs/deploy.md "Capacity") reads queued for them while the cores idled.
 * <p>
 * How: each read queues its entry. The first read to find nobody writing writes everything queued, its own included,
 * on its own thread; reads that arrive meanwhile wait on their own entry and the next of them to find the writing free
 * writes theirs. So a quiet service writes each entry at once with no hand-over to another thread, and the busier it
 * is, the more entries share a commit. Nothing is locked: the queue is lock-free, the writing is taken by a
 * compare-and-set that never waits, and each read waits for its own entry only.
 */
@ApplicationScoped
public class ReadEntryWriter {

    private static final Logger LOG = Logger.getLogger(ReadEntryWriter.class);

    /** The most entries in one statement: a bound on its size, far above what 2 cores queue during one commit. */
    static final int MOST_PER_COMMIT = 500;

    /** How long a read waits for its entry's commit before it fails. */
    private static final long WAIT_NANOS = TimeUnit.SECONDS.toNanos(30);

    /** A waiting read looks again this often even if nobody wakes it: a guard, not the way it is meant to be woken. */
    private static final long LOOK_AGAIN_NANOS = TimeUnit.MILLISECONDS.toNanos(20);

    private final DataSource dataSource;
    private final ConcurrentLinkedQueue<Waiting> queue = new ConcurrentLinkedQueue<>();
    private final AtomicBoolean writing = new AtomicBoolean();
    private volatile boolean stopping;

    public ReadEntryWriter(DataSource dataSource) {
        this.dataSource = dataSource;
    }

    /** Writes the entry and returns once it is committed; if it cannot be written, throws and nothing is shown. */
    void write(NewEntry entry) {
        if (stopping) {
            throw new PersistenceException("The audit entry of a read could not be written: the service is stopping");
        }
        Waiting mine = new Waiting(entry, Thread.currentThread());
        queue.add(mine);
        long deadline = System.nanoTime() + WAIT_NANOS;
        while (!mine.done()) {
            if (!writing.get() && writing.compareAndSet(false, true)) {
                try {
                    writeQueued();
                } finally {
                    writing.set(false);
                }
                // Entries queued after this writer's look are the next writer's: wake the first of them to be it.
                Waiting next = queue.peek();
                if (next != null) {
                    LockSupport.unpark(next.thread);
                }
            } else if (System.nanoTime() - deadline > 0 || Thread.currentThread().isInterrupted()) {
                // the entry stays queued and is written with the next: a read recorded that was not shown is harmless
                throw new PersistenceException("The audit entry of a read was not written in time");
            } else {
                LockSupport.parkNanos(this, LOOK_AGAIN_NANOS);
            }
        }
        if (mine.failure != null) {
            throw new PersistenceException("The audit entry of a read could not be written", mine.failure);
        }
    }

    private void writeQueued() {
        List<Waiting> batch = new ArrayList<>();
        Waiting next;
        while (batch.size() < MOST_PER_COMMIT && (next = queue.poll()) != null) {
            batch.add(next);
        }
        if (batch.isEmpty()) {
            return;
        }
        Throwable failure = null;
        try (Connection connection = dataSource.getConnection()) {
            if (!connection.getAutoCommit()) {
                connection.setAutoCommit(true);
            }
            if (batch.size() == 1) {
                batch.get(0).entry.insert(connection); // a quiet service's case: the plain INSERT, no arrays to build
            } else {
                NewEntry.insertAll(connection, batch.stream().map(Waiting::entry).toList());
            }
        } catch (Exception | Error e) {
            failure = e;
            // the SQL state only: a driver's message may quote the values of the row it refused
            LOG.warnf("%d audit entries of reads could not be written, so those reads fail: %s", batch.size(),
                    e instanceof SQLException sql ? "SQL state " + sql.getSQLState() : e.getClass().getName());
        }
        for (Waiting waiting : batch) {
            waiting.finish(failure);
        }
    }

    /** Reads still waiting write their own entries; none is taken after this. */
    @PreDestroy
    void stop() {
        stopping = true;
    }

    /** One read waiting for its entry's commit. */
    private static final class Waiting {
        private final NewEntry entry;
        private final Thread thread;
        private volatile boolean done;
        private volatile Throwable failure;

        Waiting(NewEntry entry, Thread thread) {
            this.entry = entry;
            this.thread = thread;
        }

        NewEntry entry() {
            return entry;
        }

        boolean done() {
            return done;
        }

        void finish(Throwable failed) {
            failure = failed;
            done = true;
            if (thread != Thread.currentThread()) {
                LockSupport.unpark(thread);
            }
        }
    }
}
