package org.casework.notifications.domain;

import java.time.Duration;

/**
 * How long to wait before trying a message again after the mail server refused or did not answer:
 * {@code first}, then four times as long each time, never more than {@code longest}; after
 * {@code maxAttempts} the message is given up (FAILED) and stays listed for staff to act on.
 */
public record Backoff(Duration first, Duration longest, int maxAttempts) {

    public Backoff {
        if (first.isNegative() || first.isZero() || longest.compareTo(first) < 0 || maxAttempts < 1) {
            throw new IllegalArgumentException("back-off needs 0 < first <= longest and at least one attempt");
        }
    }

    /** The wait after the {@code attempts}-th failed attempt (1 = the first). */
    public Duration after(int attempts) {
        Duration wait = first;
        for (int i = 1; i < attempts && wait.compareTo(longest) < 0; i++) {
            wait = wait.multipliedBy(4);
        }
        return wait.compareTo(longest) > 0 ? longest : wait;
    }

    public boolean givesUpAfter(int attempts) {
        return attempts >= maxAttempts;
    }
}
