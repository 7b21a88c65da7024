package org.casework.notifications;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;

import org.jboss.logmanager.ExtLogRecord;

/** The lines the service logs while a test runs, each with the trace id the log record's MDC held as it was written. */
public final class LogLines implements AutoCloseable {

    /** A line as written, and the MDC's {@code traceId} then (what a JSON log record carries as its traceId field). */
    public record Line(String text, String mdcTraceId) {
    }

    private final Logger logger;
    private final Level was;
    private final List<Line> lines = new CopyOnWriteArrayList<>();
    private final Handler handler = new Handler() {
        @Override
        public void publish(LogRecord record) {
            if (record instanceof ExtLogRecord e) {
                // read now: the MDC is the writing thread's, as it is while the line is written
                lines.add(new Line(e.getFormattedMessage(), e.getMdc("traceId")));
            }
        }

        @Override
        public void flush() {
        }

        @Override
        public void close() {
        }
    };

    private LogLines(String category) {
        logger = Logger.getLogger(category);
        was = logger.getLevel();
        logger.setLevel(Level.INFO);
        logger.addHandler(handler);
    }

    /** Keeps the lines of {@code category} and the categories below it, at INFO and above, until closed. */
    public static LogLines of(String category) {
        return new LogLines(category);
    }

    public List<Line> containing(String text) {
        return lines.stream().filter(l -> l.text().contains(text)).toList();
    }

    @Override
    public void close() {
        logger.removeHandler(handler);
        logger.setLevel(was);
    }
}
