package org.casework.console;

import java.time.Duration;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.logging.Handler;
import java.util.logging.Level;

import org.jboss.logmanager.ExtHandler;
import org.jboss.logmanager.ExtLogRecord;

/**
 * Hands each record to one writer thread, which formats and writes it through the handler it wraps: a request's
 * thread never waits for the formatter's lock (the JSON formatter formats every record under one). A full queue makes
 * the next record wait, so no line is dropped.
 *
 * <p>{@link #drain} writes every queued record before it returns; from then on records are written on the thread
 * that logs them. A record that slips in while the queue is drained is written by the thread that queued it, so no
 * record is ever left in the queue once the handler is drained. Only a process killed at once (kill -9) loses what is
 * still queued: the audit log, not the console, is the record of what was done.
 */
final class QueuedHandler extends ExtHandler {

    private static final ExtLogRecord END = new ExtLogRecord(Level.OFF, "end of the queue", QueuedHandler.class.getName());

    private final BlockingQueue<ExtLogRecord> queue;
    private final Thread writer;
    private volatile boolean drained;

    QueuedHandler(Handler target, int capacity) {
        queue = new ArrayBlockingQueue<>(capacity);
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
            queue.put(record);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
            publishToNestedHandlers(record);
            return;
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
        try {
            queue.put(END);
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
        try {
            for (ExtLogRecord record = queue.take(); record != END; record = queue.take()) {
                publishToNestedHandlers(record);
            }
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }

    private void writeWhatIsLeft() {
        for (ExtLogRecord record = queue.poll(); record != null; record = queue.poll()) {
            if (record != END) {
                publishToNestedHandlers(record);
            }
        }
    }
}
