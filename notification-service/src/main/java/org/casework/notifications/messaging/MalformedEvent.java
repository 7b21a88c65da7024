package org.casework.notifications.messaging;

/** A record that is not an event this service can read: skipped with a log line, never retried. */
public class MalformedEvent extends RuntimeException {

    public MalformedEvent(String message) {
        super(message);
    }
}
