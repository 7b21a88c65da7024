package org.casework.notices.service.document;

import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.not;

import java.math.BigDecimal;
import java.time.LocalDate;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeType;
import org.junit.jupiter.api.Test;

/** A penalty notice that states a rate of interest on late payment prints it in its payment section. */
class InterestLineTest {

    private static String payment(BigDecimal rate) {
        Notice noi = new Notice();
        noi.reference = "NOI-2024-000001";
        noi.type = NoticeType.NOTICE_OF_INTENT;
        noi.issuedOn = LocalDate.of(2024, 8, 7);
        noi.amount = new BigDecimal("6090000.00");
        Notice n = new Notice();
        n.reference = "PN-2025-000001";
        n.type = NoticeType.PENALTY_NOTICE;
        n.amount = new BigDecimal("3845400.00");
        n.issuedOn = LocalDate.of(2025, 3, 26);
        n.paymentDays = 28;
        n.paymentDueOn = LocalDate.of(2025, 4, 22);
        n.appealDueOn = LocalDate.of(2025, 4, 23);
        n.reasons = "A breach of UK GDPR Art 32(1)";
        n.latePaymentInterestPercent = rate;
        NoticeText text = NoticeTextBuilder.build(n, new NoticeTextBuilder.IssueFacts(noi, 1L, "Pay by transfer.",
                "You may appeal."));
        return text.sections().stream().filter(s -> s.heading().equals("Payment")).findFirst().orElseThrow()
                .paragraphs().get(0);
    }

    @Test
    void theStatedRateIsPrintedWithWhenItAccrues() {
        assertThat(payment(new BigDecimal("8.00")), containsString("Simple interest at 8% a year accrues daily on any "
                + "amount unpaid after that date (or, where it is not a working day, the next working day)."));
        assertThat(payment(null), not(containsString("interest")));
    }
}
