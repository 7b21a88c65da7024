package org.casework.notices.domain.payment;

import static org.casework.notices.domain.payment.Accounts.penalty;
import static org.casework.notices.domain.payment.Accounts.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.notices.domain.NoticeType;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class PaymentRulesTest {

    private static final LocalDate GIVEN = LocalDate.of(2025, 3, 26);

    private static String refused(Executable e) {
        String type = assertThrows(ProblemException.class, e).problem().getType().toString();
        return type.substring(type.lastIndexOf(':') + 1);
    }

    @Test
    void aPaymentIsPositiveWholePenceReceivedBetweenTheNoticeAndToday() {
        Notice n = penalty(GIVEN, "1000.00");
        PaymentRules.check(n, pounds("0.01"), GIVEN, GIVEN);
        assertEquals("payment-not-positive", refused(() -> PaymentRules.check(n, pounds("0.00"), GIVEN, GIVEN)));
        assertEquals("payment-not-whole-pence", refused(() -> PaymentRules.check(n, pounds("1.001"), GIVEN, GIVEN)));
        assertEquals("payment-in-future", refused(() -> PaymentRules.check(n, pounds("1.00"), GIVEN.plusDays(1), GIVEN)));
        assertEquals("payment-before-notice", refused(() -> PaymentRules.check(n, pounds("1.00"), GIVEN.minusDays(1), GIVEN)));
    }

    @Test
    void onlyAPenaltyNoticeGivenOrCancelledHasAnAccount() {
        // s.155(1): a penalty notice requires the person to pay; Sch 16 para 8: a cancelled one's payments are refunded
        Notice n = penalty(GIVEN, "1000.00");
        n.status = NoticeStatus.CANCELLED;
        PaymentRules.check(n, pounds("1.00"), GIVEN, GIVEN);
        n.status = NoticeStatus.DRAFT;
        assertEquals("not-payable", refused(() -> PaymentRules.check(n, pounds("1.00"), GIVEN, GIVEN)));
        n.status = NoticeStatus.ISSUED;
        n.type = NoticeType.NOTICE_OF_INTENT;
        assertEquals(409, assertThrows(ProblemException.class, () -> PaymentRules.check(n, pounds("1.00"), GIVEN, GIVEN))
                .problem().getStatus());
    }
}
