package org.casework.representations.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;

import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Sch 16 para 3(3)-(4): representations are accepted until the end of the last day, London time. */
class RepresentationWindowTest {

    private static final ZoneId LONDON = ZoneId.of("Europe/London");

    private static RepresentationWindow dueOn(LocalDate date) {
        RepresentationWindow w = new RepresentationWindow();
        w.dueOn = date;
        w.originalDueOn = date;
        return w;
    }

    private static Instant london(int y, int m, int d, int h, int min) {
        return LocalDateTime.of(y, m, d, h, min).atZone(LONDON).toInstant();
    }

    @Test
    void inSummerTimeTheLastDayEndsAtMidnightLondonWhichIs23hUtc() {
        RepresentationWindow w = dueOn(LocalDate.of(2024, 8, 27));
        assertEquals(Instant.parse("2024-08-27T23:00:00Z"), w.deadline());
        assertTrue(w.accepting(london(2024, 8, 27, 23, 59)));
        assertFalse(w.accepting(london(2024, 8, 28, 0, 0)));
    }

    @Test
    void inWinterTimeTheLastDayEndsAtMidnightUtc() {
        RepresentationWindow w = dueOn(LocalDate.of(2024, 12, 20));
        assertEquals(Instant.parse("2024-12-21T00:00:00Z"), w.deadline());
        assertTrue(w.accepting(london(2024, 12, 20, 23, 59)));
        assertFalse(w.accepting(london(2024, 12, 21, 0, 0)));
    }

    @Test
    void onTheDayTheClocksGoBackTheLastHourStillCounts() {
        RepresentationWindow w = dueOn(LocalDate.of(2024, 10, 27));
        assertEquals(Instant.parse("2024-10-28T00:00:00Z"), w.deadline());
    }

    @Test
    void aLateSubmissionIsRefusedNamingTheDeadline() {
        RepresentationWindow w = dueOn(LocalDate.of(2024, 8, 27));
        ProblemException e = assertThrows(ProblemException.class, () -> w.requireAccepting(london(2024, 8, 28, 0, 1)));
        assertEquals(422, e.problem().getStatus());
        assertEquals("2024-08-27", e.problem().getExtensions().get("dueOn"));
    }

    @Test
    void anExtensionMovesTheDueDateButNeverShortensIt() {
        RepresentationWindow w = dueOn(LocalDate.of(2024, 8, 27));
        w.extendTo(LocalDate.of(2024, 9, 10), Instant.EPOCH);
        assertEquals(LocalDate.of(2024, 9, 10), w.dueOn);
        w.extendTo(LocalDate.of(2024, 9, 1), Instant.EPOCH);
        assertEquals(LocalDate.of(2024, 9, 10), w.dueOn);
        assertTrue(w.accepting(london(2024, 9, 10, 12, 0)));
    }

    @Test
    void aClosedWindowAcceptsNothing() {
        RepresentationWindow w = dueOn(LocalDate.of(2099, 1, 1));
        w.close(Instant.EPOCH);
        assertEquals(409, assertThrows(ProblemException.class, () -> w.requireAccepting(Instant.now())).problem().getStatus());
    }
}
