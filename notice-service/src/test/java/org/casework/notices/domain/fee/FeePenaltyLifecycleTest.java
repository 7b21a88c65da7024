package org.casework.notices.domain.fee;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;

import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.DisplayName;
import org.junit.jupiter.api.Test;

/** One fixed penalty's steps under DPA 2018 Sch 16, in the regulator's short form. */
class FeePenaltyLifecycleTest {

    private static FeePenalty givenOn(LocalDate day) {
        FeePenaltyTerms terms = FeePenaltyTerms.of(FixedPenaltyTable.bundled(), ChargeTier.TIER_1,
                LocalDate.of(2024, 4, 1), day, null, null);
        return FeePenalty.noticeOfIntent(UUID.randomUUID(), "org-1", "Corner Shop Ltd", "ZA123456", terms, day,
                Instant.parse("2025-01-31T10:00:00Z"), "decision-maker-grace");
    }

    @Test
    @DisplayName("Sch 16 para 3(4): 21 days beginning when given: given 31 Jan 2025, representations until 20 Feb")
    void representationsRunTwentyOneDaysCountingTheDayOfGiving() {
        FeePenalty p = givenOn(LocalDate.of(2025, 1, 31));
        assertEquals(FeePenaltyStatus.NOTICE_OF_INTENT_GIVEN, p.status);
        assertEquals(LocalDate.of(2025, 2, 20), p.representationsDueOn);
    }

    @Test
    @DisplayName("Sch 16 para 2(2): given 31 Aug 2025, the penalty notice by 28 Feb 2026 (no 31 Feb: the month's last day)")
    void thePenaltyNoticeDeadlineAtAMonthEnd() {
        assertEquals(LocalDate.of(2026, 2, 28), givenOn(LocalDate.of(2025, 8, 31)).penaltyNoticeDeadline);
        assertEquals(LocalDate.of(2025, 8, 31), givenOn(LocalDate.of(2025, 3, 1)).penaltyNoticeDeadline);
    }

    @Test
    @DisplayName("Sch 16 para 3(4), para 4: no penalty notice on the last day for representations, 409 citing the rule")
    void noPenaltyNoticeWhileRepresentationsMayBeMade() {
        FeePenalty p = givenOn(LocalDate.of(2025, 1, 31));
        ProblemException e = assertThrows(ProblemException.class, () -> p.givePenaltyNotice(LocalDate.of(2025, 2, 20)));
        assertEquals(409, e.problem().getStatus());
        assertTrue(e.getMessage().contains("Sch 16 para 3(4)"), e.getMessage());
        assertEquals(FeePenaltyStatus.NOTICE_OF_INTENT_GIVEN, p.status);
    }

    @Test
    @DisplayName("Sch 16 para 6(2): given the day after the period, payment within 28 days beginning that day")
    void thePenaltyNoticeTheDayAfterThePeriod() {
        FeePenalty p = givenOn(LocalDate.of(2025, 1, 31));
        p.givePenaltyNotice(LocalDate.of(2025, 2, 21));
        assertEquals(FeePenaltyStatus.PENALTY_NOTICE_GIVEN, p.status);
        assertEquals(LocalDate.of(2025, 3, 20), p.paymentDueOn);
        assertEquals(LocalDate.of(2025, 3, 21), p.appealDueOn);
        assertEquals(new java.math.BigDecimal("400.00"), p.amount());
    }

    @Test
    @DisplayName("Sch 16 para 2(2): on the deadline the penalty notice may be given; the day after, 422")
    void thePenaltyNoticeNotAfterSixMonths() {
        givenOn(LocalDate.of(2025, 8, 31)).givePenaltyNotice(LocalDate.of(2026, 2, 28));
        ProblemException e = assertThrows(ProblemException.class,
                () -> givenOn(LocalDate.of(2025, 8, 31)).givePenaltyNotice(LocalDate.of(2026, 3, 1)));
        assertEquals(422, e.problem().getStatus());
        assertTrue(e.getMessage().contains("para 2(2)"));
    }

    @Test
    @DisplayName("The fee paid during the notice of intent withdraws it; afterwards no penalty notice")
    void theFeePaidWithdrawsTheNoticeOfIntent() {
        FeePenalty p = givenOn(LocalDate.of(2025, 1, 31));
        p.feePaid(LocalDate.of(2025, 2, 10), LocalDate.of(2025, 2, 11));
        assertEquals(FeePenaltyStatus.WITHDRAWN, p.status);
        assertEquals(409, assertThrows(ProblemException.class, () -> p.givePenaltyNotice(LocalDate.of(2025, 3, 1)))
                .problem().getStatus());
    }

    @Test
    @DisplayName("Once the penalty notice is given the fee paid does not undo it; the penalty paid closes it")
    void afterThePenaltyNoticeOnlyThePenaltyPaidCloses() {
        FeePenalty p = givenOn(LocalDate.of(2025, 1, 31));
        p.givePenaltyNotice(LocalDate.of(2025, 2, 21));
        assertEquals(409, assertThrows(ProblemException.class, () -> p.feePaid(LocalDate.of(2025, 2, 22),
                LocalDate.of(2025, 2, 22))).problem().getStatus());
        assertEquals(422, assertThrows(ProblemException.class, () -> p.penaltyPaid(LocalDate.of(2025, 2, 20),
                LocalDate.of(2025, 2, 22))).problem().getStatus());
        p.penaltyPaid(LocalDate.of(2025, 3, 1), LocalDate.of(2025, 3, 2));
        assertEquals(FeePenaltyStatus.PAID, p.status);
    }
}
