package org.casework.notices.domain.payment;

import static org.casework.notices.domain.payment.Accounts.instalment;
import static org.casework.notices.domain.payment.Accounts.paid;
import static org.casework.notices.domain.payment.Accounts.penalty;
import static org.casework.notices.domain.payment.Accounts.plan;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** DPA 2018 Sch 16 para 9(1): no recovery before both periods end nor while an appeal is pending; para 9(2). */
class RecoveryRulesTest {

    private static final LocalDate GIVEN = LocalDate.of(2025, 3, 26);

    private static List<String> bars(Notice n, List<Payment> payments, InstalmentPlan plan, LocalDate on) {
        return PenaltyAccount.of(n, payments, plan, null, on).recovery().barredBecause().stream()
                .map(RecoveryBar::code).toList();
    }

    @Test
    void barredUntilBothThePaymentAndTheAppealPeriodHaveEnded() {
        // para 9(1)(a): payment due 22 Apr 2025; para 9(1)(d): appeal due 23 Apr 2025 (GRC Rules r.22)
        Notice n = penalty(GIVEN, "3076320.00");
        assertEquals(List.of("PAYMENT_PERIOD_RUNNING", "APPEAL_PERIOD_RUNNING"), bars(n, List.of(), null,
                LocalDate.of(2025, 4, 22)));
        assertEquals(List.of("APPEAL_PERIOD_RUNNING"), bars(n, List.of(), null, LocalDate.of(2025, 4, 23)));
        assertEquals(List.of(), bars(n, List.of(), null, LocalDate.of(2025, 4, 24)));
        assertEquals(LocalDate.of(2025, 4, 24), RecoveryRules.possibleFrom(n));
        assertTrue(PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 4, 24)).recovery().possible());
    }

    @Test
    void bothPeriodsEndOnTheirWorkingDayDateOverABankHoliday() {
        // given 28 Jul 2025: payment due Sun 24 Aug, appeal due Mon 25 Aug (bank holiday): both in time on Tue 26 Aug
        Notice n = penalty(LocalDate.of(2025, 7, 28), "1000.00");
        assertEquals(List.of("PAYMENT_PERIOD_RUNNING", "APPEAL_PERIOD_RUNNING"), bars(n, List.of(), null,
                LocalDate.of(2025, 8, 26)));
        assertEquals(LocalDate.of(2025, 8, 27), RecoveryRules.possibleFrom(n));
        assertEquals(List.of(), bars(n, List.of(), null, LocalDate.of(2025, 8, 27)));
    }

    @Test
    void aWaivedAppealStillLeavesTheStatutoryAppealPeriodToRun() {
        Notice n = penalty(GIVEN, "3076320.00");
        n.appealDueOn = null;
        assertEquals(List.of("APPEAL_PERIOD_RUNNING"), bars(n, List.of(), null, LocalDate.of(2025, 4, 23)));
    }

    @Test
    void barredWhileAnAppealIsPending() {
        // para 9(1)(b)-(c); s.162-163: until the appeal is decided or otherwise ended
        Notice n = penalty(GIVEN, "3076320.00");
        n.appealPending = true;
        assertEquals(List.of("APPEAL_PENDING"), bars(n, List.of(), null, LocalDate.of(2026, 1, 5)));
    }

    @Test
    void barredWhenNothingIsOwedOrTheNoticeIsCancelled() {
        Notice n = penalty(GIVEN, "1000.00");
        assertEquals(List.of("NOTHING_OWED"), bars(n, List.of(paid("1000.00", GIVEN)), null, LocalDate.of(2025, 6, 2)));
        n.status = NoticeStatus.CANCELLED;
        assertEquals(List.of("CANCELLED"), bars(n, List.of(), null, LocalDate.of(2025, 6, 2)));
    }

    @Test
    void barredWhileAnInstalmentPlanIsKeptAndNotOnceAnInstalmentIsOverdue() {
        Notice n = penalty(GIVEN, "2000.00");
        InstalmentPlan plan = plan(Instant.parse("2025-04-20T10:00:00Z"), instalment(LocalDate.of(2025, 5, 1), "1000.00"),
                instalment(LocalDate.of(2025, 6, 2), "1000.00"));
        assertEquals(List.of("INSTALMENT_PLAN_KEPT"), bars(n, List.of(), plan, LocalDate.of(2025, 4, 30)));
        assertEquals(List.of(), bars(n, List.of(), plan, LocalDate.of(2025, 5, 2)));
    }

    @Test
    void aReferralIsMadeOnce() {
        Notice n = penalty(GIVEN, "1000.00");
        RecoveryReferral r = new RecoveryReferral();
        r.referredOn = LocalDate.of(2025, 5, 2);
        PenaltyAccount a = PenaltyAccount.of(n, List.of(), null, r, LocalDate.of(2025, 5, 5));
        assertFalse(a.recovery().possible());
        assertEquals(LocalDate.of(2025, 5, 2), a.recovery().referredOn());
    }

    @Test
    void aBarredReferralIsRefusedWith409NamingTheRule() {
        Notice n = penalty(GIVEN, "1000.00");
        ProblemException e = assertThrows(ProblemException.class, () -> RecoveryRules.requireRecoverable(
                RecoveryRules.bars(n, n.amount, false, null, LocalDate.of(2025, 4, 1))));
        assertEquals(409, e.problem().getStatus());
        assertTrue(e.problem().getType().toString().endsWith("recovery-barred"));
        assertEquals("DPA 2018 Sch 16 para 9(1)(a)", e.problem().getExtensions().get("rule"));
    }
}
