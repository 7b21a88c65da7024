package org.casework.platform.events;

/**
 * A record that is not an event the consumer can read. It is skipped with a log line naming the reason, never retried:
 * it would fail the same way every time and hold up every later event of its partition. The reason names fields, never
 * their values, so no content of a record reaches a log; no stack trace is kept.
 */
public class MalformedEventException extends RuntimeException {

    public MalformedEventException(String reason) {
        super(reason, null, false, false);
    }
}
