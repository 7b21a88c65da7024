package org.casework.console;

import java.time.Duration;
import java.util.Queue;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.locks.LockSupport;
import java.util.logging.Handler;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Hands each record to one writer thread, which formats and writes it through the handler it wraps: a request's
 * thread never waits for the formatter's lock (the JSON formatter formats every record under one). Nothing here is
 * locked per record either: the queue is lock-free, its room is counted by a semaphore (a compare-and-set while there
 * is room), and the writer is woken only when it sleeps. A full queue makes the next record wait for room, so no line
 * is dropped.
 *
 * <p>{@link #drain} writes every queued record before it returns; from then on records are written on the thread
 * that logs them. A record that slips in while the queue is drained is written by the thread that queued it, so no
 * record is ever left in the queue once the handler is drained. Only a process killed at once (kill -9) loses what is
 * still queued: the audit log, not the console, is the record of what was done.
 */
public final class QueuedHandler extends ExtHandler {

    /** How long the writer sleeps at most when the queue is empty, should a wake-up ever be missed. */
    private static final long IDLE_NANOS = TimeUnit.MILLISECONDS.toNanos(100);

    private final Queue<ExtLogRecord> queue = new ConcurrentLinkedQueue<>();
    private final Semaphore room;
    private final Thread writer;
    private volatile boolean writerSleeps;
    private volatile boolean drained;

    QueuedHandler(Handler target, int capacity) {
        room = new Semaphore(capacity);
        setHandlers(new Handler[] { target });
        writer = new Thread(this::writeQueued, "console-writer");
        writer.setDaemon(true);
        writer.start();
    }

    @Override
    protected void doPublish(ExtLogRecord record) {
        if (drained) {
            publishToNestedHandlers(record);
            return;
        }
        // The writer formats it later, on its own thread: the thread's diagnostic context and the caller are taken now.
        record.copyAll();
        try {
            room.acquire();
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            publishToNestedHandlers(record);
            return;
        }
        queue.offer(record);
        if (writerSleeps) {
            LockSupport.unpark(writer);
        }
        if (drained) {
            writeWhatIsLeft();
        }
    }

    /** Stops queueing and writes every queued record (waiting at most {@code wait} for the writer), then returns. */
    void drain(Duration wait) {
        if (drained) {
            return;
        }
        drained = true;
        LockSupport.unpark(writer);
        try {
            writer.join(wait.toMillis());
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
        writeWhatIsLeft();
        flush();
    }

    /** Closed with the log context: what is queued is written before the console it wraps is closed. */
    @Override
    public void close() {
        drain(Duration.ofSeconds(5));
        super.close();
    }

    private void writeQueued() {
        while (true) {
            ExtLogRecord record = queue.poll();
            if (record != null) {
                publishToNestedHandlers(record);
                room.release();
            } else if (drained) {
                return;
            } else {
                // Says it sleeps before it looks once more: a record queued in between is seen here, or its logging
                // thread sees the flag and wakes the writer.
                writerSleeps = true;
                if (queue.isEmpty() && !drained) {
                    LockSupport.parkNanos(this, IDLE_NANOS);
                }
                writerSleeps = false;
            }
        }
    }

    private void writeWhatIsLeft() {
        for (ExtLogRecord record = queue.poll(); record != null; record = queue.poll()) {
            publishToNestedHandlers(record);
            room.release();
        }
    }
}
