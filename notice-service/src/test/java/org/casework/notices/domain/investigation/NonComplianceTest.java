package org.casework.notices.domain.investigation;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** Recording that an information or assessment notice was not complied with (DPA 2018 s.155(1)(b)). */
class NonComplianceTest {

    private static final LocalDate GIVEN = LocalDate.of(2024, 8, 7);
    private static final LocalDate DUE = LocalDate.of(2024, 9, 5);
    private static final Instant AT = Instant.parse("2024-09-10T10:00:00Z");

    private static Notice information(boolean urgent) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = NoticeType.INFORMATION_NOTICE;
        n.status = NoticeStatus.ISSUED;
        n.reference = "INF-2024-000001";
        n.issuedOn = GIVEN;
        n.requiredBy = DUE;
        n.informationTerms = new InformationTerms(InformationNoticeBasis.SUSPECTED_FAILURE_OR_OFFENCE, "logs", "CSV",
                30, urgent, urgent ? "now" : null);
        return n;
    }

    private static NonCompliance.Finding finding(LocalDate endedOn) {
        return new NonCompliance.Finding("No logs were provided", endedOn, "Nothing received by 5 September", true, null);
    }

    private static ProblemException refused(Notice n, NonCompliance.Finding f, LocalDate today, int status, String code) {
        ProblemException e = assertThrows(ProblemException.class, () -> NonCompliance.record(n, f, "ada", AT, today));
        assertEquals(status, e.problem().getStatus());
        assertTrue(e.problem().getType().endsWith(code), e.problem().getType());
        return e;
    }

    @Test
    void s155_1_b_recordedOnceTheDayAfterThePeriodForComplianceEnded() {
        Notice n = information(false);
        NonComplianceRecord r = NonCompliance.record(n, finding(DUE), "ada", AT, DUE.plusDays(1));
        assertEquals(DUE, r.periodEndedOn);
        assertEquals("ada", r.recordedBy);
        assertNull(r.appealEndedOn);
        n.nonCompliance = r;
        refused(n, finding(DUE), DUE.plusDays(2), 409, "non-compliance-recorded");
    }

    @Test
    void s142_3_c_notWhileThePeriodForComplianceRuns() {
        ProblemException e = refused(information(false), finding(DUE.minusDays(1)), DUE, 422, "compliance-period-running");
        assertEquals("DPA 2018 s.142(3)(c)", e.problem().getExtensions().get("rule"));
    }

    @Test
    void theStatedEndOfThePeriodIsNotBeforeTheComplianceDayNorToday() {
        refused(information(false), finding(DUE.minusDays(1)), DUE.plusDays(3), 422, "compliance-period-end");
        refused(information(false), finding(DUE.plusDays(3)), DUE.plusDays(3), 422, "compliance-period-end");
    }

    @Test
    void s142_6_notWhileAnAppealIsPending() {
        Notice n = information(false);
        n.appealPending = true;
        ProblemException e = refused(n, finding(DUE), DUE.plusDays(5), 409, "compliance-suspended");
        assertEquals("DPA 2018 s.142(6)", e.problem().getExtensions().get("rule"));
    }

    /** Cautious reading: s.142(7) lifts the suspension for an urgent notice, but s.164 may disapply the urgency. */
    @Test
    void s142_7_s164_cautiouslyNotWhileAnAppealIsPendingEvenOnAnUrgentNotice() {
        Notice n = information(true);
        n.appealPending = true;
        ProblemException e = refused(n, finding(DUE), DUE.plusDays(5), 409, "compliance-suspended");
        assertEquals("DPA 2018 s.142(7), s.164", e.problem().getExtensions().get("rule"));
    }

    @Test
    void s142_6_theCaseworkerConfirmsNoAppealIsPending() {
        NonCompliance.Finding unconfirmed = new NonCompliance.Finding("No logs", DUE, null, false, null);
        refused(information(false), unconfirmed, DUE.plusDays(5), 422, "appeal-not-excluded");
    }

    /** Cautious reading: after an appeal ends, the period is taken to run at least to the day it ended. */
    @Test
    void s142_6_afterAnAppealEndsThePeriodRunsAtLeastToThatDay() {
        LocalDate appealEnded = DUE.plusDays(20);
        NonCompliance.Finding f = new NonCompliance.Finding("No logs", DUE, null, true, appealEnded);
        refused(information(false), f, appealEnded, 422, "compliance-period-running");
        refused(information(false), f, appealEnded.plusDays(2), 422, "compliance-period-end");
        NonCompliance.Finding later = new NonCompliance.Finding("No logs", appealEnded, null, true, appealEnded);
        assertEquals(appealEnded, NonCompliance.record(information(false), later, "ada", AT, appealEnded.plusDays(1))
                .appealEndedOn);
        NonCompliance.Finding future = new NonCompliance.Finding("No logs", DUE, null, true, DUE.plusDays(9));
        refused(information(false), future, DUE.plusDays(5), 422, "appeal-end-out-of-range");
    }

    @Test
    void s146_anAssessmentNoticeIsNotCompliedWithAfterItsInspectionDay() {
        Notice n = information(false);
        n.type = NoticeType.ASSESSMENT_NOTICE;
        n.informationTerms = null;
        n.appealPending = true;
        assertEquals("DPA 2018 s.146(7)", refused(n, finding(DUE), DUE.plusDays(5), 409, "compliance-suspended")
                .problem().getExtensions().get("rule"));
        n.appealPending = false;
        assertEquals(DUE, NonCompliance.record(n, finding(DUE), "ada", AT, DUE.plusDays(1)).periodEndedOn);
    }

    @Test
    void onlyOnAnIssuedInformationOrAssessmentNotice() {
        Notice draft = information(false);
        draft.status = NoticeStatus.DRAFT;
        refused(draft, finding(DUE), DUE.plusDays(5), 409, "not-an-issued-investigatory-notice");
        Notice enforcement = information(false);
        enforcement.type = NoticeType.ENFORCEMENT_NOTICE;
        refused(enforcement, finding(DUE), DUE.plusDays(5), 409, "not-an-issued-investigatory-notice");
    }
}
