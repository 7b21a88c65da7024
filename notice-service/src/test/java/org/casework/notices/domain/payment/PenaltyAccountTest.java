package org.casework.notices.domain.payment;

import static org.casework.notices.domain.payment.Accounts.instalment;
import static org.casework.notices.domain.payment.Accounts.paid;
import static org.casework.notices.domain.payment.Accounts.penalty;
import static org.casework.notices.domain.payment.Accounts.plan;
import static org.casework.notices.domain.payment.Accounts.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.Settlement;
import org.junit.jupiter.api.Test;

class PenaltyAccountTest {

    /** The reference penalty: £3,076,320.00 given 26 Mar 2025, payable by 22 Apr 2025 (a Tuesday). */
    private static final LocalDate GIVEN = LocalDate.of(2025, 3, 26);

    @Test
    void balanceAndRefundAreExactToThePenny() {
        Notice n = penalty(GIVEN, "3076320.00");
        PenaltyAccount part = PenaltyAccount.of(n, List.of(paid("1000000.00", GIVEN.plusDays(5))), null, null, GIVEN.plusDays(6));
        assertEquals(pounds("3076320.00"), part.amountDue());
        assertEquals(pounds("1000000.00"), part.paid());
        assertEquals(pounds("2076320.00"), part.balance());
        assertEquals(pounds("0.00"), part.refundDue());

        PenaltyAccount over = PenaltyAccount.of(n, List.of(paid("1000000.00", GIVEN.plusDays(5)),
                paid("2076320.01", GIVEN.plusDays(6))), null, null, GIVEN.plusDays(6));
        assertEquals(pounds("0.00"), over.balance());
        assertEquals(pounds("0.01"), over.refundDue());
    }

    @Test
    void aCancelledPenaltyOwesNothingAndEverythingPaidIsRefunded() {
        // Sch 16 para 8: a cancelled penalty notice imposes no penalty
        Notice n = penalty(GIVEN, "3076320.00");
        n.status = NoticeStatus.CANCELLED;
        PenaltyAccount a = PenaltyAccount.of(n, List.of(paid("500000.00", GIVEN.plusDays(3))), null, null,
                LocalDate.of(2025, 6, 1));
        assertEquals(pounds("0.00"), a.amountDue());
        assertEquals(pounds("0.00"), a.balance());
        assertEquals(pounds("500000.00"), a.refundDue());
        assertFalse(a.overdue());
    }

    @Test
    void overdueOnlyAfterTheWorkingDayPaymentDate() {
        // due 22 Apr 2025, a working day: in time that day, overdue from the next
        Notice n = penalty(GIVEN, "3076320.00");
        assertEquals(LocalDate.of(2025, 4, 22), PenaltyAccount.of(n, List.of(), null, null, GIVEN).workingDayPaymentDueOn());
        assertFalse(PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 4, 22)).overdue());
        PenaltyAccount late = PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 4, 23));
        assertTrue(late.overdue());
        assertEquals(LocalDate.of(2025, 4, 23), late.overdueSince());
        assertFalse(PenaltyAccount.of(n, List.of(paid("3076320.00", LocalDate.of(2025, 4, 22))), null, null,
                LocalDate.of(2025, 5, 1)).overdue());
    }

    @Test
    void nothingIsOverdueWhileAnAppealIsPendingBecauseThePenaltyNeedNotBePaidSch16Para9() {
        Notice n = penalty(GIVEN, "3076320.00");
        n.appealPending = true;
        assertFalse(PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 6, 1)).overdue());
        n.appealPending = false;
        assertTrue(PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 6, 1)).overdue());
    }

    @Test
    void aPaymentDateOnABankHolidayIsInTimeOnTheNextWorkingDay() {
        // given 29 Jul 2025 with 28 days: due Mon 25 Aug 2025, the summer bank holiday; GRC Rules r.12(2): Tue 26 Aug
        Notice n = penalty(LocalDate.of(2025, 7, 29), "1000.00");
        assertEquals(LocalDate.of(2025, 8, 25), n.paymentDueOn);
        PenaltyAccount onTheDay = PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 8, 26));
        assertEquals(LocalDate.of(2025, 8, 26), onTheDay.workingDayPaymentDueOn());
        assertFalse(onTheDay.overdue());
        PenaltyAccount after = PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 8, 27));
        assertTrue(after.overdue());
        assertEquals(LocalDate.of(2025, 8, 27), after.overdueSince());
    }

    @Test
    void interestAccruesDailyOnTheOverdueBalanceAndIsRoundedDownOnce() {
        // 8% a year on £1,000.00 overdue 23 Apr to 1 May 2025 (9 days): 1000 × 9 × 8 / 36500 = 1.9726… → £1.97
        Notice n = penalty(GIVEN, "1000.00");
        n.latePaymentInterestPercent = new BigDecimal("8");
        PenaltyAccount a = PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 5, 1));
        assertEquals(pounds("1.97"), a.interest().accrued());
        assertEquals(LocalDate.of(2025, 4, 23), a.interest().accruesFrom());
        // £400 received 25 Apr: 2 days at £1,000, 7 at £600 = 6,200 pound-days × 8 / 36500 = 1.3589… → £1.35 (never up)
        assertEquals(pounds("1.35"), PenaltyAccount.of(n, List.of(paid("400.00", LocalDate.of(2025, 4, 25))), null, null,
                LocalDate.of(2025, 5, 1)).interest().accrued());
        // nothing accrues on or before the working-day payment date, nor without a stated rate
        assertEquals(pounds("0.00"), PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 4, 22)).interest().accrued());
        n.latePaymentInterestPercent = null;
        assertNull(PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 5, 1)).interest());
    }

    @Test
    void instalmentsArePaidEarliestFirstAndOverdueAfterTheirWorkingDayDate() {
        Notice n = penalty(GIVEN, "3000.00");
        Instant agreed = Instant.parse("2025-04-10T10:00:00Z");
        InstalmentPlan plan = plan(agreed, instalment(LocalDate.of(2025, 5, 1), "1000.00"),
                instalment(LocalDate.of(2025, 5, 26), "1000.00"), instalment(LocalDate.of(2025, 7, 1), "1000.00"));
        List<Payment> payments = List.of(paid("1000.00", LocalDate.of(2025, 4, 30)), paid("500.00", LocalDate.of(2025, 5, 20)));
        // 26 May 2025 is the spring bank holiday: the second instalment is in time on Tue 27 May
        PenaltyAccount on27 = PenaltyAccount.of(n, payments, plan, null, LocalDate.of(2025, 5, 27));
        assertEquals(List.of(InstalmentStatus.PAID, InstalmentStatus.DUE, InstalmentStatus.DUE),
                on27.instalments().stream().map(PenaltyAccount.InstalmentState::status).toList());
        assertEquals(LocalDate.of(2025, 5, 27), on27.instalments().get(1).workingDayDueOn());
        assertEquals(pounds("500.00"), on27.instalments().get(1).paid());
        assertTrue(on27.planKept());
        PenaltyAccount on28 = PenaltyAccount.of(n, payments, plan, null, LocalDate.of(2025, 5, 28));
        assertEquals(InstalmentStatus.OVERDUE, on28.instalments().get(1).status());
        assertFalse(on28.planKept());
    }

    @Test
    void paymentsMadeBeforeThePlanDoNotPayItsInstalments() {
        // the plan divides the balance left after them: only what is paid beyond them pays an instalment
        Notice n = penalty(GIVEN, "3000.00");
        InstalmentPlan plan = plan(Instant.parse("2025-05-01T10:00:00Z"), "1000.00",
                instalment(LocalDate.of(2025, 6, 2), "1500.00"), instalment(LocalDate.of(2025, 7, 1), "500.00"));
        PenaltyAccount a = PenaltyAccount.of(n, List.of(paid("1000.00", LocalDate.of(2025, 4, 30))), plan, null,
                LocalDate.of(2025, 5, 2));
        assertEquals(pounds("0.00"), a.instalments().get(0).paid());
        assertEquals(InstalmentStatus.DUE, a.instalments().get(0).status());
        PenaltyAccount later = PenaltyAccount.of(n, List.of(paid("1000.00", LocalDate.of(2025, 4, 30)),
                paid("1600.00", LocalDate.of(2025, 6, 2))), plan, null, LocalDate.of(2025, 7, 2));
        assertEquals(List.of(InstalmentStatus.PAID, InstalmentStatus.OVERDUE),
                later.instalments().stream().map(PenaltyAccount.InstalmentState::status).toList());
        assertEquals(pounds("100.00"), later.instalments().get(1).paid());
    }

    @Test
    void aSettlementIsKeptWhenPaidInFullInTimeWithTheAppealStillWaived() {
        Notice n = settled();
        PenaltyAccount kept = PenaltyAccount.of(n, List.of(paid("3076320.00", LocalDate.of(2025, 4, 22))), null, null,
                LocalDate.of(2025, 5, 1));
        assertTrue(kept.settlement().conditionsKept());
        assertEquals(List.of(), kept.settlement().broken());
    }

    @Test
    void aSettlementPaidLateBreaksItsPaymentCondition() {
        PenaltyAccount late = PenaltyAccount.of(settled(), List.of(paid("3076320.00", LocalDate.of(2025, 4, 23))), null,
                null, LocalDate.of(2025, 5, 1));
        assertFalse(late.settlement().conditionsKept());
        assertEquals(List.of("PAID_IN_FULL_IN_TIME"), late.settlement().broken().stream()
                .map(PenaltyAccount.Broken::condition).toList());
    }

    @Test
    void anAppealLodgedDespiteTheWaiverBreaksTheSettlementAndLosesTheDiscount() {
        Notice n = settled();
        n.settlement.lostOn = LocalDate.of(2025, 4, 10);
        n.amount = new BigDecimal("3845400.00"); // the amount before the discount, set by the appeal
        PenaltyAccount a = PenaltyAccount.of(n, List.of(), null, null, LocalDate.of(2025, 4, 11));
        assertTrue(a.settlement().discountLost());
        assertEquals(List.of("APPEAL_WAIVED"), a.settlement().broken().stream().map(PenaltyAccount.Broken::condition).toList());
        assertEquals(pounds("3845400.00"), a.balance());
    }

    private static Notice settled() {
        Notice n = penalty(GIVEN, "3076320.00");
        n.settlement = new Settlement();
        n.settlement.appealWaived = true;
        n.settlement.discountPercent = new BigDecimal("20");
        n.appealDueOn = null;
        return n;
    }
}
