package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.UUID;

import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

class IssueRulesTest {

    private static Notice notice(NoticeType type, NoticeStatus status, UUID caseId) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = type;
        n.status = status;
        n.caseId = caseId;
        n.reference = type.prefix() + "-2024-000001";
        return n;
    }

    @Test
    void aPenaltyNoticeNeedsANoticeOfIntentGivenOnTheSameCaseAndNotWithdrawn() {
        // Sch 16 para 2(1)
        UUID caseId = UUID.randomUUID();
        Notice penalty = notice(NoticeType.PENALTY_NOTICE, NoticeStatus.DRAFT, caseId);
        assertThrows(ProblemException.class, () -> IssueRules.requireLiveNoticeOfIntent(penalty, null));
        assertThrows(ProblemException.class, () -> IssueRules.requireLiveNoticeOfIntent(penalty,
                notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.WITHDRAWN, caseId)));
        assertThrows(ProblemException.class, () -> IssueRules.requireLiveNoticeOfIntent(penalty,
                notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.DRAFT, caseId)));
        assertThrows(ProblemException.class, () -> IssueRules.requireLiveNoticeOfIntent(penalty,
                notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.ISSUED, UUID.randomUUID())));
        assertDoesNotThrow(() -> IssueRules.requireLiveNoticeOfIntent(penalty,
                notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.ISSUED, caseId)));
    }

    @Test
    void noPenaltyNoticeWhileTheNoticeOfIntentsWindowWasNeverOpen() {
        // Sch 16 paras 3(3) and 4: the organisation must have been able to make representations
        Notice noi = notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.ISSUED, UUID.randomUUID());
        ProblemException e = assertThrows(ProblemException.class, () -> IssueRules.requireRepresentationWindowOpened(noi));
        assertEquals(409, e.problem().getStatus());
        assertEquals("DPA 2018 Sch 16 paras 3(3), 4", e.problem().getExtensions().get("rule"));
        noi.representationWindowOpenedAt = java.time.Instant.parse("2024-08-07T10:00:00Z");
        assertDoesNotThrow(() -> IssueRules.requireRepresentationWindowOpened(noi));
    }

    @Test
    void noPenaltyNoticeUntilTheDayAfterTheRepresentationsPeriodEnds() {
        // Sch 16 para 4(1)
        LocalDate due = LocalDate.of(2024, 8, 27);
        ProblemException e = assertThrows(ProblemException.class,
                () -> IssueRules.requireRepresentationPeriodEnded(due, due));
        assertEquals(409, e.problem().getStatus());
        assertEquals("2024-08-27", e.problem().getExtensions().get("representationsDueOn"));
        assertDoesNotThrow(() -> IssueRules.requireRepresentationPeriodEnded(due.plusDays(1), due));
    }

    @Test
    void everyRepresentationReceivedMustBeConsideredFirst() {
        // Sch 16 para 4(2)
        assertEquals(409, assertThrows(ProblemException.class,
                () -> IssueRules.requireRepresentationsConsidered(2, 1)).problem().getStatus());
        assertDoesNotThrow(() -> IssueRules.requireRepresentationsConsidered(2, 2));
        assertDoesNotThrow(() -> IssueRules.requireRepresentationsConsidered(0, 0));
    }

    @Test
    void noPenaltyNoticeWhileARequestWaitsForADecisionOrAGrantedHearingHasNotBeenHeld() {
        // Sch 16 para 3(5): oral representations at the time the regulator sets; para 4(1): not before that time
        ProblemException extension = assertThrows(ProblemException.class,
                () -> IssueRules.requireRequestsDecidedAndHearingsHeld(1, 0, 0));
        assertEquals(409, extension.problem().getStatus());
        assertEquals("urn:casework:problem:requests-undecided", extension.problem().getType());
        assertEquals("DPA 2018 Sch 16 para 3(5), para 4(1)", extension.problem().getExtensions().get("rule"));
        ProblemException hearing = assertThrows(ProblemException.class,
                () -> IssueRules.requireRequestsDecidedAndHearingsHeld(0, 2, 1));
        assertEquals("urn:casework:problem:requests-undecided", hearing.problem().getType());
        assertEquals(2L, hearing.problem().getExtensions().get("undecidedHearingRequests"));
        ProblemException notHeld = assertThrows(ProblemException.class,
                () -> IssueRules.requireRequestsDecidedAndHearingsHeld(0, 0, 1));
        assertEquals("urn:casework:problem:hearing-not-held", notHeld.problem().getType());
        assertEquals(1L, notHeld.problem().getExtensions().get("hearingsNotHeld"));
        assertDoesNotThrow(() -> IssueRules.requireRequestsDecidedAndHearingsHeld(0, 0, 0));
    }

    @Test
    void theSixMonthLimitCanOnlyBeExtendedByAgreement() {
        // Sch 16 para 2(2)-(3)
        Notice noi = notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.ISSUED, UUID.randomUUID());
        noi.issuedOn = LocalDate.of(2024, 8, 7);
        assertDoesNotThrow(() -> IssueRules.requireWithinPenaltyDeadline(LocalDate.of(2025, 2, 6), noi));
        ProblemException late = assertThrows(ProblemException.class,
                () -> IssueRules.requireWithinPenaltyDeadline(LocalDate.of(2025, 3, 26), noi));
        assertEquals(422, late.problem().getStatus());
        assertEquals("2025-02-06", late.problem().getExtensions().get("deadline"));
        DeadlineExtension agreed = new DeadlineExtension();
        agreed.agreedUntil = LocalDate.of(2025, 3, 31);
        noi.deadlineExtension = agreed;
        assertDoesNotThrow(() -> IssueRules.requireWithinPenaltyDeadline(LocalDate.of(2025, 3, 26), noi));
        assertThrows(ProblemException.class, () -> IssueRules.requireWithinPenaltyDeadline(LocalDate.of(2025, 4, 1), noi));
    }

    @Test
    void theSixMonthLimitCountsFromTheDayTheNoticeOfIntentWasGivenAndBindsTheDayThePenaltyNoticeIsGiven() {
        // Sch 16 para 2(2): "may not give a penalty notice ... after 6 months beginning when the notice of intent is
        // given". A notice of intent emailed Fri 5 Jun 2026 was given Sun 7 Jun (s.141A), so the limit is 6 Dec 2026,
        // not 4 Dec; a penalty notice emailed on Fri 4 Dec 2026 is given on Sun 6 Dec: in time, on the last day.
        Notice noi = notice(NoticeType.NOTICE_OF_INTENT, NoticeStatus.ISSUED, UUID.randomUUID());
        noi.issuedOn = LocalDate.of(2026, 6, 5);
        noi.givenOn = LocalDate.of(2026, 6, 7);
        assertEquals(LocalDate.of(2026, 12, 6), IssueRules.penaltyDeadline(noi));
        assertDoesNotThrow(() -> IssueRules.requireWithinPenaltyDeadline(LocalDate.of(2026, 12, 6), noi));
        // posted Fri 4 Dec 2026, it would be given Tue 8 Dec: too late, though sent within the period
        ProblemException late = assertThrows(ProblemException.class,
                () -> IssueRules.requireWithinPenaltyDeadline(LocalDate.of(2026, 12, 8), noi));
        assertEquals("2026-12-06", late.problem().getExtensions().get("deadline"));
    }
}
