package org.casework.cases.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;

import org.casework.cases.domain.CaseTransitions.Actor;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class InvestigationCaseTest {

    private static final Instant AT = Instant.parse("2024-08-07T09:00:00Z");

    private static InvestigationCase inState(CaseStatus status) {
        InvestigationCase c = new InvestigationCase();
        c.status = status;
        return c;
    }

    @Test
    void refusesACaseworkerIssuingANoticeOfIntentWith403() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> inState(CaseStatus.INVESTIGATING).moveTo(CaseStatus.NOTICE_OF_INTENT_ISSUED, Actor.CASEWORKER, "n-1", AT));
        assertEquals(403, e.problem().getStatus());
    }

    @Test
    void refusesADecisionWithoutTheNoticeItRestsOnWith422() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> inState(CaseStatus.INVESTIGATING).moveTo(CaseStatus.DECIDED, Actor.DECISION_MAKER, " ", AT));
        assertEquals(422, e.problem().getStatus());
    }

    @Test
    void checksLegalityBeforeWhoAsks() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> inState(CaseStatus.CLOSED).moveTo(CaseStatus.OPEN, Actor.CASEWORKER, null, AT));
        assertEquals(409, e.problem().getStatus());
    }

    @Test
    void aDecidedCaseCanNoLongerBeEditedOrHaveFindingsRecorded() {
        for (CaseStatus status : new CaseStatus[] { CaseStatus.DECIDED, CaseStatus.CLOSED }) {
            InvestigationCase c = inState(status);
            assertEquals(409, assertThrows(ProblemException.class, c::requireEditable).problem().getStatus());
            assertEquals(409, assertThrows(ProblemException.class,
                    () -> c.recordFinding(java.util.UUID.randomUUID(), "UK GDPR Art 32(1)", "x", "cw", AT))
                    .problem().getStatus());
        }
    }

    @Test
    void everyChangeMovesUpdatedAtForwardEvenWhenTheClockStandsStill() {
        InvestigationCase c = inState(CaseStatus.OPEN);
        c.touch(AT);
        Instant first = c.updatedAt;
        c.touch(AT);
        assertTrue(c.updatedAt.isAfter(first));
    }
}
