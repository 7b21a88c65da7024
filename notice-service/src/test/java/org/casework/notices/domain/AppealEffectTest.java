package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.LocalDate;
import java.time.LocalTime;

import org.casework.notices.domain.investigation.AssessmentTerms;
import org.casework.notices.domain.investigation.InformationNoticeBasis;
import org.casework.notices.domain.investigation.InformationTerms;
import org.junit.jupiter.api.Test;

/** What a pending appeal does to what a notice requires (DPA 2018 s.142(6)-(7), s.146(7)-(9), s.150(7)-(8)). */
class AppealEffectTest {

    private static Notice issued(NoticeType type, boolean urgent) {
        Notice n = new Notice();
        n.type = type;
        n.status = NoticeStatus.ISSUED;
        n.reference = "X-1";
        switch (type) {
            case INFORMATION_NOTICE -> n.informationTerms = new InformationTerms(
                    InformationNoticeBasis.SUSPECTED_FAILURE_OR_OFFENCE, "The logs", "CSV", urgent ? 2 : 30, urgent,
                    urgent ? "Records offered for sale" : null);
            case ASSESSMENT_NOTICE -> n.assessmentTerms = new AssessmentTerms("The gateway", LocalDate.of(2024, 9, 10),
                    LocalTime.of(10, 0), "Policies", "Two engineers", urgent, urgent ? "Attacker inside" : null, true,
                    "Not exempt", "caseworker-ada", java.time.Instant.parse("2024-08-01T10:00:00Z"));
            case ENFORCEMENT_NOTICE -> n.enforcementUrgent = urgent;
            default -> {
            }
        }
        return n;
    }

    @Test
    void s142_6_anAppealSuspendsAnInformationNoticeNotStatedUrgent() {
        Notice n = issued(NoticeType.INFORMATION_NOTICE, false);
        assertFalse(AppealEffect.suspendsCompliance(n));
        n.appealPending = true;
        assertTrue(AppealEffect.suspendsCompliance(n));
        assertEquals("DPA 2018 s.142(6)", AppealEffect.rule(n));
    }

    @Test
    void s142_7_anUrgentInformationNoticeIsNotSuspended() {
        Notice n = issued(NoticeType.INFORMATION_NOTICE, true);
        n.appealPending = true;
        assertFalse(AppealEffect.suspendsCompliance(n));
        assertEquals("DPA 2018 s.142(7)", AppealEffect.rule(n));
    }

    @Test
    void s146_7_8_anAppealSuspendsAnAssessmentNoticeUnlessUrgent() {
        Notice n = issued(NoticeType.ASSESSMENT_NOTICE, false);
        n.appealPending = true;
        assertTrue(AppealEffect.suspendsCompliance(n));
        assertEquals("DPA 2018 s.146(7)", AppealEffect.rule(n));
        Notice urgent = issued(NoticeType.ASSESSMENT_NOTICE, true);
        urgent.appealPending = true;
        assertFalse(AppealEffect.suspendsCompliance(urgent));
        assertEquals("DPA 2018 s.146(8)", AppealEffect.rule(urgent));
    }

    @Test
    void s150_7_8_anAppealSuspendsAnEnforcementNoticeUnlessUrgent() {
        Notice n = issued(NoticeType.ENFORCEMENT_NOTICE, false);
        n.appealPending = true;
        assertTrue(AppealEffect.suspendsCompliance(n));
        Notice urgent = issued(NoticeType.ENFORCEMENT_NOTICE, true);
        urgent.appealPending = true;
        assertFalse(AppealEffect.suspendsCompliance(urgent));
        assertEquals("DPA 2018 s.150(8)", AppealEffect.rule(urgent));
    }

    @Test
    void aPenaltyNoticeOrACancelledNoticeIsNotSuspendedHere() {
        Notice penalty = issued(NoticeType.PENALTY_NOTICE, false);
        penalty.appealPending = true;
        assertFalse(AppealEffect.suspendsCompliance(penalty));
        assertNull(AppealEffect.rule(penalty));
        Notice cancelled = issued(NoticeType.INFORMATION_NOTICE, false);
        cancelled.appealPending = true;
        cancelled.status = NoticeStatus.CANCELLED;
        assertFalse(AppealEffect.suspendsCompliance(cancelled));
    }

    /** While suspended, the information's last day is not an upcoming deadline; the appeal's own stays. */
    @Test
    void s142_6_aSuspendedRequirementIsNoDeadline() {
        Notice n = issued(NoticeType.INFORMATION_NOTICE, false);
        n.issuedOn = LocalDate.of(2024, 8, 7);
        n.appealDueOn = LocalDate.of(2024, 9, 4);
        n.requiredBy = LocalDate.of(2024, 9, 5);
        LocalDate today = LocalDate.of(2024, 8, 20);
        assertTrue(Deadline.of(n, false, today, today.plusDays(60)).stream()
                .anyMatch(d -> d.kind() == Deadline.Kind.REQUIRED_BY));
        n.appealPending = true;
        assertFalse(Deadline.of(n, false, today, today.plusDays(60)).stream()
                .anyMatch(d -> d.kind() == Deadline.Kind.REQUIRED_BY));
        assertTrue(Deadline.of(n, false, today, today.plusDays(60)).stream()
                .anyMatch(d -> d.kind() == Deadline.Kind.APPEAL_DUE));
    }
}
