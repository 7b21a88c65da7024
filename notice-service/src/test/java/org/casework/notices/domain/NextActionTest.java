package org.casework.notices.domain;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;
import static org.hamcrest.Matchers.startsWith;

import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.List;
import java.util.UUID;

import org.casework.notices.domain.enforcement.EnforcementStep;
import org.casework.notices.domain.enforcement.StepStatus;
import org.casework.notices.domain.fee.FeePenalty;
import org.casework.notices.domain.fee.FeePenaltyStatus;
import org.junit.jupiter.api.Test;

/** The portal's "what it requires and by when": the next date the organisation must act, per kind of notice. */
class NextActionTest {

    private static final LocalDate GIVEN = LocalDate.of(2024, 8, 7);

    private static Notice notice(NoticeType type) {
        Notice n = new Notice();
        n.id = UUID.randomUUID();
        n.type = type;
        n.status = NoticeStatus.ISSUED;
        n.issuedOn = GIVEN;
        return n;
    }

    @Test
    void aNoticeOfIntentAsksForRepresentationsUntilTheLastDayOfThePeriod_Sch16Para3_4() {
        Notice n = notice(NoticeType.NOTICE_OF_INTENT);
        n.representationsDueOn = LocalDate.of(2024, 8, 27);
        assertThat(NextAction.of(n, LocalDate.of(2024, 8, 27)).by(), equalTo(LocalDate.of(2024, 8, 27)));
        assertThat(NextAction.of(n, GIVEN).requires(), startsWith("Send any written representations"));
        NextAction closed = NextAction.of(n, LocalDate.of(2024, 8, 28));
        assertThat(closed.by(), nullValue());
        assertThat(closed.requires(), containsString("Representations closed on 27 August 2024"));
    }

    @Test
    void aPenaltyNoticeAsksForPaymentAndNamesTheAppealDateOnTheNextWorkingDay_s162_r12() {
        Notice n = notice(NoticeType.PENALTY_NOTICE);
        n.issuedOn = LocalDate.of(2025, 3, 26);
        n.amount = new BigDecimal("3076320.00");
        n.paymentDueOn = LocalDate.of(2025, 4, 22);
        // a last day to appeal on Good Friday (set so here), moved on past Easter Monday
        n.appealDueOn = LocalDate.of(2025, 4, 18);
        NextAction a = NextAction.of(n, LocalDate.of(2025, 4, 1));
        assertThat(a.requires(), startsWith("Pay the penalty of £3,076,320.00 by 22 April 2025"));
        // Good Friday 18 April and Easter Monday 21 April 2025 are bank holidays: an appeal on the 22nd is in time
        assertThat(a.requires(), containsString("appeal to the First-tier Tribunal by 22 April 2025"));
        assertThat(a.by(), equalTo(LocalDate.of(2025, 4, 22)));
        assertThat(NextAction.of(n, LocalDate.of(2025, 4, 23)).by(), nullValue());
    }

    @Test
    void aSettlementThatWaivedTheAppealLeavesOnlyThePaymentDate() {
        Notice n = notice(NoticeType.PENALTY_NOTICE);
        n.amount = new BigDecimal("100.00");
        n.paymentDueOn = GIVEN.plusDays(40);
        n.appealDueOn = GIVEN.plusDays(28);
        n.settlement = new Settlement();
        n.settlement.appealWaived = true;
        NextAction a = NextAction.of(n, GIVEN);
        assertThat(a.by(), equalTo(GIVEN.plusDays(40)));
        assertThat(a.requires(), equalTo("Pay the penalty of £100.00 by " + inWords(GIVEN.plusDays(40))));
    }

    @Test
    void whileAnAppealIsPendingThePenaltyNeedNotBePaid_s162() {
        Notice n = notice(NoticeType.PENALTY_NOTICE);
        n.paymentDueOn = GIVEN.plusDays(27);
        n.appealPending = true;
        assertThat(NextAction.of(n, GIVEN).by(), nullValue());
        assertThat(NextAction.of(n, GIVEN).requires(), containsString("appeal is pending"));
    }

    @Test
    void anEnforcementNoticeNamesTheNextOpenStepAndItsComplianceDate_s150_4() {
        Notice n = notice(NoticeType.ENFORCEMENT_NOTICE);
        n.appealDueOn = GIVEN.plusDays(28);
        n.enforcementSteps = List.of(step(1, GIVEN.plusDays(30), StepStatus.COMPLIED),
                step(2, GIVEN.plusDays(60), StepStatus.PENDING), step(3, GIVEN.plusDays(90), StepStatus.PENDING));
        NextAction later = NextAction.of(n, GIVEN.plusDays(29));
        assertThat(later.requires(), startsWith("Step 2: Put MFA on step 2 — by " + inWords(GIVEN.plusDays(60))));
        assertThat(later.by(), equalTo(GIVEN.plusDays(60)));
        // within the appeal period the appeal date comes first
        assertThat(NextAction.of(n, GIVEN).by(), equalTo(StatutoryPeriods.lastDayInTime(GIVEN.plusDays(28))));
        n.enforcementSteps = List.of(step(1, GIVEN.plusDays(30), StepStatus.COMPLIED));
        assertThat(NextAction.of(n, GIVEN.plusDays(40)).by(), nullValue());
    }

    @Test
    void anInformationNoticeAsksForTheInformationByTheDayRequiredUnlessAnAppealIsPending_s142() {
        Notice n = notice(NoticeType.INFORMATION_NOTICE);
        n.appealDueOn = GIVEN.plusDays(28);
        n.requiredBy = GIVEN.plusDays(60);
        assertThat(NextAction.of(n, GIVEN.plusDays(30)).by(), equalTo(GIVEN.plusDays(60)));
        assertThat(NextAction.of(n, GIVEN.plusDays(30)).requires(), startsWith("Provide the information"));
        n.appealPending = true;
        assertThat(NextAction.of(n, GIVEN.plusDays(30)).by(), nullValue());
    }

    @Test
    void anAssessmentNoticeNamesTheInspectionDay_s146() {
        Notice n = notice(NoticeType.ASSESSMENT_NOTICE);
        n.requiredBy = GIVEN.plusDays(35);
        assertThat(NextAction.of(n, GIVEN.plusDays(1)).by(), equalTo(GIVEN.plusDays(35)));
        assertThat(NextAction.of(n, GIVEN.plusDays(1)).requires(), startsWith("Allow the inspection"));
    }

    @Test
    void reprimandsWarningsWithdrawnAndCancelledNoticesRequireNothing() {
        for (NoticeType t : List.of(NoticeType.REPRIMAND, NoticeType.WARNING, NoticeType.NO_FURTHER_ACTION)) {
            assertThat(NextAction.of(notice(t), GIVEN), equalTo(new NextAction("Nothing is required of you", null)));
        }
        Notice withdrawn = notice(NoticeType.NOTICE_OF_INTENT);
        withdrawn.status = NoticeStatus.WITHDRAWN;
        withdrawn.representationsDueOn = GIVEN.plusDays(20);
        assertThat(NextAction.of(withdrawn, GIVEN).by(), nullValue());
        Notice cancelled = notice(NoticeType.PENALTY_NOTICE);
        cancelled.status = NoticeStatus.CANCELLED;
        cancelled.paymentDueOn = GIVEN.plusDays(27);
        assertThat(NextAction.of(cancelled, GIVEN).requires(), startsWith("Cancelled"));
    }

    @Test
    void aFixedPenaltyAsksForTheFeeThenThePenalty_Sch16Paras3_4And6_2() {
        FeePenalty p = new FeePenalty();
        p.status = FeePenaltyStatus.NOTICE_OF_INTENT_GIVEN;
        p.charge = new BigDecimal("40.00");
        p.fixedAmount = new BigDecimal("400.00");
        p.noticeOfIntentGivenOn = LocalDate.of(2025, 1, 31);
        p.representationsDueOn = LocalDate.of(2025, 2, 20);
        assertThat(NextAction.of(p, LocalDate.of(2025, 2, 20)).by(), equalTo(LocalDate.of(2025, 2, 20)));
        assertThat(NextAction.of(p, LocalDate.of(2025, 2, 1)).requires(), containsString("£40.00"));
        assertThat(NextAction.of(p, LocalDate.of(2025, 2, 21)).by(), nullValue());
        p.status = FeePenaltyStatus.PENALTY_NOTICE_GIVEN;
        p.penaltyNoticeGivenOn = LocalDate.of(2025, 3, 3);
        p.paymentDueOn = LocalDate.of(2025, 3, 30);
        p.appealDueOn = LocalDate.of(2025, 3, 31);
        NextAction pay = NextAction.of(p, LocalDate.of(2025, 3, 3));
        assertThat(pay.by(), equalTo(LocalDate.of(2025, 3, 30)));
        assertThat(pay.requires(), startsWith("Pay the penalty of £400.00 by 30 March 2025"));
        assertThat(NextAction.of(p, LocalDate.of(2025, 3, 31)).by(), equalTo(LocalDate.of(2025, 3, 31)));
        p.status = FeePenaltyStatus.PAID;
        assertThat(NextAction.of(p, LocalDate.of(2025, 3, 4)).by(), nullValue());
        p.status = FeePenaltyStatus.WITHDRAWN;
        assertThat(NextAction.of(p, LocalDate.of(2025, 3, 4)).requires(), startsWith("Withdrawn"));
    }

    private static EnforcementStep step(int position, LocalDate complianceDate, StepStatus status) {
        EnforcementStep s = new EnforcementStep();
        s.id = UUID.randomUUID();
        s.position = position;
        s.text = "Put MFA on step " + position;
        s.complianceDate = complianceDate;
        s.status = status;
        return s;
    }

    /** A day as the organisation reads it: "5 February 2026". */
    private static String inWords(LocalDate day) {
        return day.format(java.time.format.DateTimeFormatter.ofPattern("d MMMM yyyy", java.util.Locale.UK));
    }
}
