package org.casework.notices.domain.payment;

import static org.casework.notices.domain.payment.Accounts.instalment;
import static org.casework.notices.domain.payment.Accounts.penalty;
import static org.casework.notices.domain.payment.Accounts.pounds;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;

import java.time.LocalDate;
import java.util.List;

import org.casework.notices.domain.Notice;
import org.casework.notices.domain.NoticeStatus;
import org.casework.platform.problem.ProblemException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.function.Executable;

class InstalmentPlanRulesTest {

    private static final LocalDate GIVEN = LocalDate.of(2025, 3, 26);
    private static final LocalDate TODAY = LocalDate.of(2025, 4, 10);

    private static String refused(Executable e) {
        String type = assertThrows(ProblemException.class, e).problem().getType().toString();
        return type.substring(type.lastIndexOf(':') + 1);
    }

    @Test
    void instalmentsAddUpExactlyToTheBalanceInOrderFromToday() {
        Notice n = penalty(GIVEN, "3076320.00");
        InstalmentPlanRules.check(n, pounds("3076320.00"), List.of(instalment(TODAY, "1538160.00"),
                instalment(LocalDate.of(2025, 5, 10), "1538160.00")), TODAY, TODAY);
        assertEquals("instalments-not-balance", refused(() -> InstalmentPlanRules.check(n, pounds("3076320.00"),
                List.of(instalment(TODAY, "1538160.00"), instalment(LocalDate.of(2025, 5, 10), "1538159.99")), TODAY, TODAY)));
        assertEquals("instalments-not-ascending", refused(() -> InstalmentPlanRules.check(n, pounds("2.00"),
                List.of(instalment(LocalDate.of(2025, 5, 10), "1.00"), instalment(LocalDate.of(2025, 5, 10), "1.00")), TODAY, TODAY)));
        assertEquals("instalment-in-past", refused(() -> InstalmentPlanRules.check(n, pounds("1.00"),
                List.of(instalment(TODAY.minusDays(1), "1.00")), TODAY, TODAY)));
        assertEquals("instalment-amount-invalid", refused(() -> InstalmentPlanRules.check(n, pounds("1.00"),
                List.of(instalment(TODAY, "0.999"), instalment(TODAY.plusDays(1), "0.001")), TODAY, TODAY)));
        assertEquals("plan-agreed-on-invalid", refused(() -> InstalmentPlanRules.check(n, pounds("1.00"),
                List.of(instalment(TODAY.plusDays(2), "1.00")), TODAY.plusDays(1), TODAY)));
    }

    @Test
    void noPlanWhenNothingIsOwedOrTheNoticeIsCancelled() {
        Notice n = penalty(GIVEN, "1000.00");
        assertEquals("nothing-owed", refused(() -> InstalmentPlanRules.check(n, pounds("0.00"),
                List.of(instalment(TODAY, "1.00")), TODAY, TODAY)));
        n.status = NoticeStatus.CANCELLED;
        assertEquals("not-payable", refused(() -> InstalmentPlanRules.check(n, pounds("1000.00"),
                List.of(instalment(TODAY, "1000.00")), TODAY, TODAY)));
    }
}
