package org.casework.platform.paging;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.util.List;

import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class CursorTest {

    @Test
    void roundTripsItsValues() {
        String cursor = Cursor.encode("-opened", "2026-11-29T10:00:00Z", "c2f0f2f2-0000-0000-0000-000000000001");
        assertEquals(List.of("-opened", "2026-11-29T10:00:00Z", "c2f0f2f2-0000-0000-0000-000000000001"),
                Cursor.decode(cursor, 3));
    }

    @Test
    void refusesGarbageWith400() {
        assertEquals(400, assertThrows(ProblemException.class, () -> Cursor.decode("%%%", 3)).problem().getStatus());
        assertEquals(400, assertThrows(ProblemException.class, () -> Cursor.decode(Cursor.encode("a"), 3)).problem().getStatus());
        assertEquals(400, assertThrows(ProblemException.class, () -> Cursor.decode("A".repeat(5000), 1)).problem().getStatus());
    }

    @Test
    void limitDefaultsTo50AndAllowsUpTo200() {
        assertEquals(50, PageLimit.of(null));
        assertEquals(200, PageLimit.of("200"));
        assertEquals(400, assertThrows(ProblemException.class, () -> PageLimit.of("201")).problem().getStatus());
        assertEquals(400, assertThrows(ProblemException.class, () -> PageLimit.of("0")).problem().getStatus());
        assertEquals(400, assertThrows(ProblemException.class, () -> PageLimit.of("ten")).problem().getStatus());
    }

    @Test
    void aKeyAndIdCursorReadsBackAsTheKeyTypeAndTheId() {
        java.util.UUID id = java.util.UUID.fromString("c2f0f2f2-0000-0000-0000-000000000001");
        String cursor = Cursor.after(java.time.LocalDate.of(2025, 4, 22), id);

        assertEquals(new Cursor.After<>(java.time.LocalDate.of(2025, 4, 22), id),
                Cursor.readAfter(cursor, java.time.LocalDate::parse));
    }

    @Test
    void noCursorIsTheFirstPageAndAKeyOfTheWrongTypeIs400() {
        assertEquals(null, Cursor.readAfter(null, java.time.LocalDate::parse));
        assertEquals(null, Cursor.readAfter("", java.time.LocalDate::parse));
        String instantCursor = Cursor.encode("2026-11-29T10:00:00Z", "c2f0f2f2-0000-0000-0000-000000000001");
        assertEquals(400, assertThrows(ProblemException.class,
                () -> Cursor.readAfter(instantCursor, java.time.LocalDate::parse)).problem().getStatus());
        String badId = Cursor.encode("2025-04-22", "not-an-id");
        assertEquals(400, assertThrows(ProblemException.class,
                () -> Cursor.readAfter(badId, java.time.LocalDate::parse)).problem().getStatus());
    }
}
