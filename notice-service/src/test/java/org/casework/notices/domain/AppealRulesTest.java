package org.casework.notices.domain;

import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.casework.notices.domain.penalty.MaximumTier;
import org.casework.notices.domain.penalty.PenaltyCalculator;
import org.casework.notices.domain.penalty.PenaltyInput;
import org.casework.notices.domain.penalty.PercentChoice;
import org.casework.notices.domain.penalty.SeriousnessBand;
import org.casework.notices.domain.penalty.SeriousnessChoice;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** DPA 2018 s.162-163 and the GRC Rules 2009 as the appeal records apply them. */
class AppealRulesTest {

    private static final LocalDate TODAY = LocalDate.of(2025, 6, 2);

    /** s.162(1)(a)-(d): information, assessment, enforcement and penalty notices carry a right of appeal; no other. */
    @Test
    void s162_1_onlyInformationAssessmentEnforcementAndPenaltyNoticesCarryARightOfAppeal() {
        for (NoticeType type : NoticeType.values()) {
            assertEquals(type == NoticeType.PENALTY_NOTICE || type == NoticeType.ENFORCEMENT_NOTICE
                    || type == NoticeType.INFORMATION_NOTICE || type == NoticeType.ASSESSMENT_NOTICE,
                    AppealRules.carriesRightOfAppeal(type), type.name());
        }
        assertDoesNotThrow(() -> AppealRules.requireAppealable(NoticeType.INFORMATION_NOTICE, NoticeStatus.ISSUED, "IN-1"));
        assertDoesNotThrow(() -> AppealRules.requireAppealable(NoticeType.ASSESSMENT_NOTICE, NoticeStatus.ISSUED, "AN-1"));
        // given during the investigation, they decide nothing: an appeal against them moves no case
        assertEquals(false, AppealRules.movesCase(NoticeType.INFORMATION_NOTICE));
        assertEquals(false, AppealRules.movesCase(NoticeType.ASSESSMENT_NOTICE));
        assertEquals(true, AppealRules.movesCase(NoticeType.ENFORCEMENT_NOTICE));
        assertEquals("appeal-not-applicable", slug(() -> AppealRules.requireAppealable(NoticeType.PENALTY_NOTICE,
                NoticeStatus.DRAFT, "PN-1")));
        assertEquals("appeal-not-applicable", slug(() -> AppealRules.requireAppealable(NoticeType.REPRIMAND,
                NoticeStatus.ISSUED, "REP-1")));
        assertDoesNotThrow(() -> AppealRules.requireAppealable(NoticeType.ENFORCEMENT_NOTICE, NoticeStatus.ISSUED, "EN-1"));
    }

    /**
     * GRC Rules 2009 r.22(1)(b) and r.12(2): 28 days after the notice was sent; a last day on a Saturday is in time
     * on the Monday. Sent 4 Apr 2025: due Fri 2 May 2025. Sent 5 Apr 2025: due Sat 3 May, in time to Tue 6 May
     * (Mon 5 May 2025 is the early May bank holiday).
     */
    @Test
    void anAppealIsInTimeUpToTheWorkingDayDueDate() {
        LocalDate due = AppealRules.appealDueOn(LocalDate.of(2025, 4, 5), null);
        assertEquals(LocalDate.of(2025, 5, 3), due);
        LocalDate inTime = StatutoryPeriods.lastDayInTime(due);
        assertEquals(LocalDate.of(2025, 5, 6), inTime);
        assertDoesNotThrow(() -> AppealRules.requireInTime(LocalDate.of(2025, 5, 6), inTime, false, null));
        assertEquals(LocalDate.of(2025, 5, 2), AppealRules.appealDueOn(LocalDate.of(2025, 4, 4), null));
        assertEquals(LocalDate.of(2025, 5, 9), AppealRules.appealDueOn(LocalDate.of(2025, 4, 4), LocalDate.of(2025, 5, 9)));
    }

    /** r.22(6), r.5(3)(a): a late appeal is recorded only as admitted by the tribunal, with the reason. */
    @Test
    void aLateAppealIsAdmittedOnlyWithAReason() {
        LocalDate inTime = LocalDate.of(2025, 5, 6);
        LocalDate late = LocalDate.of(2025, 5, 7);
        ProblemException e = assertThrows(ProblemException.class, () -> AppealRules.requireInTime(late, inTime, false, null));
        assertEquals("appeal-out-of-time", type(e));
        assertEquals(AppealRules.APPEAL_PERIOD, e.problem().getExtensions().get("rule"));
        assertEquals("appeal-out-of-time", slug(() -> AppealRules.requireInTime(late, inTime, true, " ")));
        assertDoesNotThrow(() -> AppealRules.requireInTime(late, inTime, true, "Tribunal extended time: illness"));
    }

    @Test
    void anAppealIsLodgedBetweenTheNoticeAndToday() {
        LocalDate issued = LocalDate.of(2025, 5, 1);
        assertEquals("appeal-date-invalid", slug(() -> AppealRules.requireLodgedOn(TODAY, issued, issued.minusDays(1))));
        assertEquals("appeal-date-invalid", slug(() -> AppealRules.requireLodgedOn(TODAY, issued, TODAY.plusDays(1))));
        assertDoesNotThrow(() -> AppealRules.requireLodgedOn(TODAY, issued, issued));
        assertEquals("appeal-pending", slug(() -> AppealRules.requireNoPendingAppeal(true, "PN-1")));
    }

    /** The settlement discount is given for waiving the appeal: appealing restores the amount before step 7. */
    @Test
    void appealingAfterWaivingTheAppealLosesTheSettlementDiscountOnce() {
        Settlement s = new Settlement();
        s.appealWaived = true;
        assertTrue(AppealRules.losesSettlement(s));
        s.lostOn = TODAY;
        assertFalse(AppealRules.losesSettlement(s));
        assertFalse(AppealRules.losesSettlement(null));
        var calc = PenaltyCalculator.calculate(reference(new PercentChoice(new BigDecimal("20"), "settled")));
        assertEquals(new BigDecimal("3076320.00"), calc.amount());
        assertEquals(new BigDecimal("3845400.00"), AppealRules.amountBeforeSettlement(calc));
        var unsettled = PenaltyCalculator.calculate(reference(null));
        assertEquals(unsettled.amount(), AppealRules.amountBeforeSettlement(unsettled));
    }

    /** s.163(3)-(4): once decided; only a substituted decision carries an amount, period or terms. */
    @Test
    void theOutcomeIsRecordedOnceAndOnlyAVariationSubstitutesTerms() {
        assertEquals("appeal-decided", slug(() -> AppealRules.requirePending(AppealStatus.DISMISSED)));
        assertEquals("variation-changes-nothing", slug(() -> AppealRules.requireOutcomeFits(AppealStatus.VARIED, null, null, " ")));
        assertEquals("outcome-fields-not-applicable", slug(() -> AppealRules.requireOutcomeFits(AppealStatus.DISMISSED,
                BigDecimal.ONE, null, null)));
        assertDoesNotThrow(() -> AppealRules.requireOutcomeFits(AppealStatus.VARIED, null, 56, null));
        assertDoesNotThrow(() -> AppealRules.requireOutcomeFits(AppealStatus.ALLOWED, null, null, null));
        assertEquals("decision-date-invalid", slug(() -> AppealRules.requireDecidedOn(TODAY, TODAY, TODAY.minusDays(1))));
    }

    /** s.163(3): what the tribunal substitutes is a notice the regulator could have given (s.157, Sch 16 para 6(2)). */
    @Test
    void theTribunalSubstitutesOnlyWhatTheRegulatorCouldHaveGiven() {
        Notice n = new Notice();
        n.reference = "EN-2024-000001";
        n.type = NoticeType.ENFORCEMENT_NOTICE;
        assertEquals("outcome-fields-not-applicable", slug(() -> AppealRules.requireSubstitutable(n, BigDecimal.TEN, null)));
        assertDoesNotThrow(() -> AppealRules.requireSubstitutable(n, null, null));
        n.type = NoticeType.PENALTY_NOTICE;
        n.calculation = PenaltyCalculator.calculate(reference(null));
        assertEquals("amount-above-maximum", slug(() -> AppealRules.requireSubstitutable(n,
                n.calculation.maximum().applicable().add(new BigDecimal("0.01")), null)));
        assertEquals("payment-period-too-short", slug(() -> AppealRules.requireSubstitutable(n, null, 27)));
        assertDoesNotThrow(() -> AppealRules.requireSubstitutable(n, new BigDecimal("1000000.00"), 28));
    }

    /** The reference penalty: STANDARD, turnover £300m, HIGH 52 %, adjustment 85 %: £3,845,400.00. */
    private static PenaltyInput reference(PercentChoice settlement) {
        return new PenaltyInput(new BigDecimal("300000000.00"), MaximumTier.STANDARD,
                new SeriousnessChoice(SeriousnessBand.HIGH, new BigDecimal("52"), "health data exposed"),
                new PercentChoice(new BigDecimal("85"), "position in band"), java.util.List.of(),
                new PercentChoice(BigDecimal.ZERO, "dissuasive"), null, settlement, null);
    }

    static String slug(Runnable r) {
        return type(assertThrows(ProblemException.class, r::run));
    }

    static String type(ProblemException e) {
        String t = e.problem().getType();
        return t.substring(Math.max(t.lastIndexOf('/'), t.lastIndexOf(':')) + 1);
    }
}
