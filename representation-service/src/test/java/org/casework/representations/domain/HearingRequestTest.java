package org.casework.representations.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import java.util.Set;
import java.util.UUID;

import org.casework.platform.problem.ProblemException;
import org.casework.platform.security.Roles;
import org.junit.jupiter.api.Test;

/** DPA 2018 Sch 16 para 3(5): oral representations at a time and by arrangements the regulator sets; para 4(1)-(2). */
class HearingRequestTest {

    private static final LocalDateTime NOW = LocalDateTime.of(2024, 8, 20, 9, 0);
    // 09:00 in London on 20 August 2024 (summer time)
    private static final Instant NOW_INSTANT = Instant.parse("2024-08-20T08:00:00Z");

    private static HearingRequest requested() {
        HearingRequest h = new HearingRequest();
        h.id = UUID.randomUUID();
        h.noticeId = UUID.randomUUID();
        h.reason = "We would like to explain our remediation in person";
        return h;
    }

    private static HearingDecision grant(LocalDateTime at, String place, String link) {
        return new HearingDecision(true, at, place, link, List.of("Grace Hopper (decision-maker)"), "Appropriate");
    }

    private static String type(ProblemException e) {
        return e.problem().getType();
    }

    @Test
    void onlyADecisionMakerDecides() {
        // Sch 16 para 3(5): whether oral representations are appropriate is the Commissioner's decision
        ProblemException e = assertThrows(ProblemException.class, () -> HearingDecision.requireMayDecide(Set.of(Roles.CASEWORKER)));
        assertEquals(403, e.problem().getStatus());
        assertDoesNotThrow(() -> HearingDecision.requireMayDecide(Set.of(Roles.DECISION_MAKER)));
    }

    @Test
    void aGrantSaysWhenAndWhereOrByWhichLinkAndIsNotInThePast() {
        // Sch 16 para 3(5): the arrangements for oral representations and their time
        HearingRequest h = requested();
        assertEquals(400, assertThrows(ProblemException.class,
                () -> h.decide(grant(null, "Wycliffe House", null), "dm", NOW_INSTANT, NOW)).problem().getStatus());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> h.decide(grant(NOW.plusDays(7), " ", null), "dm", NOW_INSTANT, NOW)).problem().getStatus());
        assertEquals("urn:casework:problem:hearing-time-past", type(assertThrows(ProblemException.class,
                () -> h.decide(grant(NOW.minusMinutes(1), "Wycliffe House", null), "dm", NOW_INSTANT, NOW))));
        assertEquals(HearingRequest.Status.REQUESTED, h.status);
        h.decide(grant(NOW.plusDays(7), null, "https://video.example/hearing"), "dm", NOW_INSTANT, NOW);
        assertEquals(HearingRequest.Status.GRANTED, h.status);
        assertNull(h.place);
        assertEquals(List.of("Grace Hopper (decision-maker)"), h.decisionAttendeeList());
    }

    @Test
    void everyDecisionGivesReasonsAndARefusalNothingElse() {
        HearingRequest h = requested();
        assertEquals(400, assertThrows(ProblemException.class,
                () -> h.decide(new HearingDecision(false, null, null, null, null, " "), "dm", NOW_INSTANT, NOW))
                .problem().getStatus());
        assertEquals(400, assertThrows(ProblemException.class,
                () -> h.decide(new HearingDecision(false, NOW.plusDays(1), null, null, null, "No"), "dm", NOW_INSTANT, NOW))
                .problem().getStatus());
        h.decide(new HearingDecision(false, null, null, null, null, "Written representations suffice"), "dm",
                NOW_INSTANT, NOW);
        assertEquals(HearingRequest.Status.REFUSED, h.status);
    }

    @Test
    void aRequestIsDecidedOnce() {
        HearingRequest h = requested();
        h.decide(grant(NOW.plusDays(7), "Wycliffe House", null), "dm", NOW_INSTANT, NOW);
        ProblemException again = assertThrows(ProblemException.class,
                () -> h.decide(grant(NOW.plusDays(8), "Elsewhere", null), "dm2", NOW_INSTANT, NOW));
        assertEquals(409, again.problem().getStatus());
        assertEquals("urn:casework:problem:hearing-already-decided", type(again));
        assertEquals("Wycliffe House", h.place);
    }

    @Test
    void onlyAGrantedHearingIsRecordedOnceOnADayThatHasComeAndNotBeforeTheDecision() {
        // Sch 16 para 4(1)-(2): the hearing held is what the penalty notice waits for
        HearingRequest refused = requested();
        refused.decide(new HearingDecision(false, null, null, null, null, "No"), "dm", NOW_INSTANT, NOW);
        assertEquals("urn:casework:problem:hearing-not-granted", type(assertThrows(ProblemException.class,
                () -> refused.record(NOW.toLocalDate(), List.of("A"), "note", "cw", NOW_INSTANT, NOW.toLocalDate()))));
        assertEquals("urn:casework:problem:hearing-not-granted", type(assertThrows(ProblemException.class,
                () -> requested().record(NOW.toLocalDate(), List.of("A"), "note", "cw", NOW_INSTANT, NOW.toLocalDate()))));

        HearingRequest h = requested();
        h.decide(grant(NOW.plusDays(7), "Wycliffe House", null), "dm", NOW_INSTANT, NOW);
        LocalDate today = LocalDate.of(2024, 8, 27);
        assertEquals("urn:casework:problem:held-on-in-future", type(assertThrows(ProblemException.class,
                () -> h.record(today.plusDays(1), List.of("A"), "note", "cw", NOW_INSTANT, today))));
        assertEquals("urn:casework:problem:held-on-before-decision", type(assertThrows(ProblemException.class,
                () -> h.record(LocalDate.of(2024, 8, 19), List.of("A"), "note", "cw", NOW_INSTANT, today))));
        h.record(today, List.of("Grace Hopper", "Ada Lovelace"), "Heard in full", "cw", NOW_INSTANT, today);
        assertEquals(HearingRequest.Status.HELD, h.status);
        assertEquals(List.of("Grace Hopper", "Ada Lovelace"), h.recordAttendeeList());
        assertEquals("urn:casework:problem:hearing-already-recorded", type(assertThrows(ProblemException.class,
                () -> h.record(today, List.of("B"), "again", "cw", NOW_INSTANT, today))));
    }
}
