package org.casework.representations.messaging;

/**
 * A record that is not an event this service can read. It is skipped with a log line naming the reason, never
 * retried: it would fail the same way every time and hold up every later event of its partition.
 */
public class MalformedEvent extends RuntimeException {

    public MalformedEvent(String reason) {
        super(reason, null, false, false);
    }
}
