package org.casework.notices.domain;

import static org.casework.notices.domain.AppealRulesTest.slug;
import static org.junit.jupiter.api.Assertions.assertDoesNotThrow;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;

/** DPA 2018 Sch 16 para 7 (variation) and para 8 (cancellation) as the penalty changes apply them. */
class VariationRulesTest {

    private static final BigDecimal AMOUNT = new BigDecimal("3845400.00");
    private static final LocalDate DUE = LocalDate.of(2024, 9, 29);

    /** Para 7(3)(b): a penalty variation notice may not increase the amount. */
    @Test
    void aVariationNeverRaisesTheAmount() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> VariationRules.requireNoDetriment(AMOUNT, new BigDecimal("3845400.01"), DUE, null));
        assertEquals(VariationRules.NO_DETRIMENT, e.problem().getExtensions().get("rule"));
        assertEquals("variation-to-detriment", AppealRulesTest.type(e));
        assertDoesNotThrow(() -> VariationRules.requireNoDetriment(AMOUNT, new BigDecimal("3000000.00"), DUE, null));
    }

    /** Para 7(3)(a): nor reduce the period for payment, so the last day for payment never moves earlier. */
    @Test
    void aVariationNeverShortensThePeriodForPayment() {
        assertEquals("variation-to-detriment",
                slug(() -> VariationRules.requireNoDetriment(AMOUNT, null, DUE, DUE.minusDays(1))));
        assertDoesNotThrow(() -> VariationRules.requireNoDetriment(AMOUNT, null, DUE, DUE.plusDays(28)));
    }

    /** Para 7(2)(b): the variation specifies how the notice is varied; one changing nothing is refused. */
    @Test
    void aVariationMustChangeSomething() {
        assertEquals("variation-changes-nothing", slug(() -> VariationRules.requireChange(AMOUNT,
                new BigDecimal("3845400"), DUE, DUE)));
        assertEquals("variation-changes-nothing", slug(() -> VariationRules.requireChange(AMOUNT, null, DUE, null)));
        assertDoesNotThrow(() -> VariationRules.requireChange(AMOUNT, null, DUE, DUE.plusDays(1)));
    }

    /** Para 7(1), 8(1): only an issued penalty notice is varied or cancelled. */
    @Test
    void onlyAnIssuedPenaltyNoticeIsVariedOrCancelled() {
        Notice n = new Notice();
        n.reference = "PN-2024-000001";
        n.type = NoticeType.PENALTY_NOTICE;
        n.status = NoticeStatus.DRAFT;
        assertEquals("notice-not-variable", slug(() -> VariationRules.requireIssuedPenaltyNotice(n, "variable")));
        n.status = NoticeStatus.CANCELLED;
        assertEquals("notice-not-cancellable", slug(() -> VariationRules.requireIssuedPenaltyNotice(n, "cancellable")));
        n.status = NoticeStatus.ISSUED;
        assertDoesNotThrow(() -> VariationRules.requireIssuedPenaltyNotice(n, "variable"));
        n.type = NoticeType.ENFORCEMENT_NOTICE;
        assertEquals("notice-not-variable", slug(() -> VariationRules.requireIssuedPenaltyNotice(n, "variable")));
    }

    /** Para 8(2)(a): after a cancellation no further penalty notice for the same failure (one case, one failure). */
    @Test
    void aCancelledPenaltyBarsAFurtherPenaltyNotice() {
        ProblemException e = assertThrows(ProblemException.class,
                () -> VariationRules.requireNoCancelledPenalty(1, "INV-2024-000001"));
        assertEquals("penalty-cancelled", AppealRulesTest.type(e));
        assertEquals(409, e.problem().getStatus());
        assertEquals(VariationRules.NO_FURTHER_PENALTY, e.problem().getExtensions().get("rule"));
        assertDoesNotThrow(() -> VariationRules.requireNoCancelledPenalty(0, "INV-2024-000001"));
    }
}
