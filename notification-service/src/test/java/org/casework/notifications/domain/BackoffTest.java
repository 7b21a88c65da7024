package org.casework.notifications.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Duration;

import org.junit.jupiter.api.Test;

class BackoffTest {

    private final Backoff backoff = new Backoff(Duration.ofSeconds(30), Duration.ofHours(1), 8);

    @Test
    void eachWaitIsFourTimesTheLastUpToTheLongest() {
        assertEquals(Duration.ofSeconds(30), backoff.after(1));
        assertEquals(Duration.ofMinutes(2), backoff.after(2));
        assertEquals(Duration.ofMinutes(8), backoff.after(3));
        assertEquals(Duration.ofMinutes(32), backoff.after(4));
        assertEquals(Duration.ofHours(1), backoff.after(5));
        assertEquals(Duration.ofHours(1), backoff.after(50));
    }

    @Test
    void aMessageIsGivenUpAfterTheLastAttempt() {
        assertFalse(backoff.givesUpAfter(7));
        assertTrue(backoff.givesUpAfter(8));
    }
}
