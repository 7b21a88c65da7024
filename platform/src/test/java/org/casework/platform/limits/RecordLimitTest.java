package org.casework.platform.limits;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import jakarta.ws.rs.core.Response;

import org.casework.platform.problem.Problem;
import org.junit.jupiter.api.Test;

class RecordLimitTest {

    @Test
    void oneBelowTheLimitLeavesRoomForOneMore() {
        assertDoesNotThrow(() -> RecordLimit.requireRoom(9, 10, "appeals"));
        assertDoesNotThrow(() -> RecordLimit.requireRoom(0, 1, "appeals"));
    }

    @Test
    void atTheLimitOneMoreIsRefusedNamingWhatAndHowMany() {
        RecordLimitReachedException e = assertThrows(RecordLimitReachedException.class,
                () -> RecordLimit.requireRoom(10, 10, "appeals"));

        assertEquals("appeals", e.what());
        assertEquals(10, e.limit());
        assertEquals(10, e.held());
    }

    @Test
    void aLimitReachedIsAConflictNamingTheLimitAndSayingNothingWasStored() {
        Response r = new RecordLimitMapper().limitReached(new RecordLimitReachedException("payments", 10_000, 10_000));

        assertEquals(409, r.getStatus());
        Problem p = (Problem) r.getEntity();
        assertTrue(p.getType().endsWith("notice-limit-reached"), p.getType());
        assertEquals("At most 10000 payments are kept, and 10000 are; nothing was stored", p.getDetail());
        assertEquals(10_000, p.asMap().get("limit"));
    }
}
