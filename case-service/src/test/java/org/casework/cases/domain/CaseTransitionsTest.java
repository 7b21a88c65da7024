package org.casework.cases.domain;

import static org.casework.cases.domain.CaseStatus.APPEALED;
import static org.casework.cases.domain.CaseStatus.CLOSED;
import static org.casework.cases.domain.CaseStatus.DECIDED;
import static org.casework.cases.domain.CaseStatus.INVESTIGATING;
import static org.casework.cases.domain.CaseStatus.NOTICE_OF_INTENT_ISSUED;
import static org.casework.cases.domain.CaseStatus.OPEN;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Stream;

import org.casework.cases.domain.CaseTransitions.Actor;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;
import org.junit.jupiter.api.Test;

/** The case state machine of DESIGN §3, checked over every pair of states. */
class CaseTransitionsTest {

    private static final Set<List<CaseStatus>> LEGAL = Set.of(
            List.of(OPEN, INVESTIGATING),
            List.of(INVESTIGATING, NOTICE_OF_INTENT_ISSUED),
            List.of(INVESTIGATING, DECIDED),
            List.of(NOTICE_OF_INTENT_ISSUED, DECIDED),
            List.of(NOTICE_OF_INTENT_ISSUED, INVESTIGATING),
            List.of(DECIDED, CLOSED),
            List.of(DECIDED, APPEALED),
            List.of(APPEALED, DECIDED));

    static Stream<Arguments> everyPairOfStates() {
        List<Arguments> pairs = new ArrayList<>();
        for (CaseStatus from : CaseStatus.values()) {
            for (CaseStatus to : CaseStatus.values()) {
                pairs.add(Arguments.of(from, to));
            }
        }
        return pairs.stream();
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void allowsExactlyTheMovesOfTheDesign(CaseStatus from, CaseStatus to) {
        assertEquals(LEGAL.contains(List.of(from, to)), CaseTransitions.isLegal(from, to));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void aCaseMovesOnlyByLegalTransitionsAndAnIllegalOneNamesBothStates(CaseStatus from, CaseStatus to) {
        InvestigationCase c = new InvestigationCase();
        c.status = from;
        if (LEGAL.contains(List.of(from, to))) {
            c.moveTo(to, Actor.DECISION_MAKER, "notice-1", java.time.Instant.EPOCH);
            assertEquals(to, c.status);
        } else {
            IllegalTransitionException e = org.junit.jupiter.api.Assertions.assertThrows(IllegalTransitionException.class,
                    () -> c.moveTo(to, Actor.DECISION_MAKER, "notice-1", java.time.Instant.EPOCH));
            assertEquals(409, e.problem().getStatus());
            assertEquals(from, e.problem().getExtensions().get("currentStatus"));
            assertEquals(to, e.problem().getExtensions().get("requestedStatus"));
            assertEquals(from, c.status);
        }
    }

    @Test
    void aClosedCaseCannotMoveAnywhere() {
        assertTrue(CaseTransitions.legalTargets(CLOSED).isEmpty());
    }

    @Test
    void aWithdrawnNoticeOfIntentReturnsTheCaseToInvestigation() {
        assertTrue(CaseTransitions.isLegal(NOTICE_OF_INTENT_ISSUED, INVESTIGATING));
        assertTrue(CaseTransitions.requiresNotice(NOTICE_OF_INTENT_ISSUED, INVESTIGATING));
    }

    /** DPA 2018 s.162-163: an appeal is recorded against a decision and ends by determination or withdrawal. */
    @Test
    void anAppealedCaseReturnsToDecidedAndCannotCloseMeanwhile() {
        assertTrue(CaseTransitions.isLegal(DECIDED, APPEALED));
        assertTrue(CaseTransitions.isLegal(APPEALED, DECIDED));
        assertFalse(CaseTransitions.isLegal(APPEALED, CLOSED));
        assertEquals(Set.of(DECIDED), CaseTransitions.legalTargets(APPEALED));
        assertTrue(CaseTransitions.requiresNotice(DECIDED, APPEALED));
        assertTrue(CaseTransitions.requiresNotice(APPEALED, DECIDED));
        assertTrue(CaseTransitions.allowedFor(Actor.SERVICE, DECIDED, APPEALED));
        assertTrue(CaseTransitions.allowedFor(Actor.SERVICE, APPEALED, DECIDED));
    }

    @Test
    void movesThatRestOnANoticeMustNameIt() {
        assertTrue(CaseTransitions.requiresNotice(INVESTIGATING, NOTICE_OF_INTENT_ISSUED));
        assertTrue(CaseTransitions.requiresNotice(INVESTIGATING, DECIDED));
        assertTrue(CaseTransitions.requiresNotice(NOTICE_OF_INTENT_ISSUED, DECIDED));
        assertFalse(CaseTransitions.requiresNotice(OPEN, INVESTIGATING));
        assertFalse(CaseTransitions.requiresNotice(DECIDED, CLOSED));
    }

    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void caseworkersMayOnlyStartAnInvestigation(CaseStatus from, CaseStatus to) {
        assertEquals(from == OPEN && to == INVESTIGATING, CaseTransitions.allowedFor(Actor.CASEWORKER, from, to));
        assertTrue(CaseTransitions.allowedFor(Actor.DECISION_MAKER, from, to));
    }

    /** notice-service moves a case only for a notice it issues or withdraws (DESIGN §3), never to open or close one. */
    @ParameterizedTest(name = "{0} -> {1}")
    @MethodSource("everyPairOfStates")
    void noticeServiceMakesOnlyTheMovesThatRestOnANotice(CaseStatus from, CaseStatus to) {
        assertEquals(CaseTransitions.requiresNotice(from, to), CaseTransitions.allowedFor(Actor.SERVICE, from, to));
        assertFalse(CaseTransitions.allowedFor(Actor.SERVICE, OPEN, INVESTIGATING));
        assertFalse(CaseTransitions.allowedFor(Actor.SERVICE, DECIDED, CLOSED));
    }
}
