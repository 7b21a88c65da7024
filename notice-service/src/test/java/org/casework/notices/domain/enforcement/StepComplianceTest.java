package org.casework.notices.domain.enforcement;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.junit.jupiter.api.Test;

/** Findings on the steps of a given enforcement notice (DPA 2018 s.150(4), (7), (8)). */
class StepComplianceTest {

    private static final LocalDate DUE = LocalDate.of(2025, 2, 28);
    private static final Instant AT = Instant.parse("2025-03-03T10:00:00Z");

    private static Notice issued() {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = NoticeType.ENFORCEMENT_NOTICE;
        n.status = NoticeStatus.ISSUED;
        n.reference = "EN-2025-000001";
        return n;
    }

    private static EnforcementStep step() {
        EnforcementStep s = new EnforcementStep();
        s.position = 1;
        s.text = "Put MFA on every remote-access account.";
        s.complianceDate = DUE;
        return s;
    }

    @Test
    void aPendingStepIsMissedFromTheDayAfterItsDate() {
        Notice n = issued();
        assertFalse(StepCompliance.missed(step(), n, DUE));
        assertTrue(StepCompliance.missed(step(), n, DUE.plusDays(1)));
    }

    @Test
    void s150_7_aPendingAppealSuspendsTheStepsOfANoticeNotStatedUrgent() {
        Notice n = issued();
        n.appealPending = true;
        assertFalse(StepCompliance.missed(step(), n, DUE.plusDays(10)));
        EnforcementRuleException e = assertThrows(EnforcementRuleException.class, () -> StepCompliance.decide(n, step(),
                StepStatus.NOT_COMPLIED, "not done", "ada", AT, DUE.plusDays(10)));
        assertEquals("DPA 2018 s.150(7)", e.rule());
        n.enforcementUrgent = true; // s.150(8): (7) does not apply to an urgent notice
        assertTrue(StepCompliance.missed(step(), n, DUE.plusDays(10)));
    }

    @Test
    void s150_4_aStepCannotBeFoundNotCompliedWithBeforeItsDateHasEnded() {
        EnforcementRuleException e = assertThrows(EnforcementRuleException.class, () -> StepCompliance.decide(issued(),
                step(), StepStatus.NOT_COMPLIED, "not yet", "ada", AT, DUE));
        assertEquals("step-not-yet-due", e.code());
        EnforcementStep s = step();
        StepCompliance.decide(issued(), s, StepStatus.COMPLIED, "MFA seen in the audit", "ada", AT, DUE.minusDays(5));
        assertEquals(StepStatus.COMPLIED, s.status);
        assertEquals("ada", s.decidedBy);
    }

    @Test
    void aFindingIsMadeOnceAndOnlyOnAGivenEnforcementNotice() {
        EnforcementStep s = step();
        StepCompliance.decide(issued(), s, StepStatus.NOT_COMPLIED, "not done", "ada", AT, DUE.plusDays(1));
        assertFalse(StepCompliance.missed(s, issued(), DUE.plusDays(2)));
        assertEquals(409, assertThrows(EnforcementRuleException.class, () -> StepCompliance.decide(issued(), s,
                StepStatus.COMPLIED, "done after all", "ada", AT, DUE.plusDays(2))).status());
        Notice draft = issued();
        draft.status = NoticeStatus.DRAFT;
        assertEquals("notice-not-issued", assertThrows(EnforcementRuleException.class, () -> StepCompliance.decide(draft,
                step(), StepStatus.COMPLIED, "done", "ada", AT, DUE)).code());
        assertEquals("invalid-outcome", assertThrows(EnforcementRuleException.class, () -> StepCompliance.decide(
                issued(), step(), StepStatus.PENDING, "back", "ada", AT, DUE)).code());
    }
}
