package org.casework.notices.payment;

import static org.casework.notices.Penalties.account;
import static org.casework.notices.Penalties.agreePlan;
import static org.casework.notices.Penalties.pay;
import static org.casework.notices.Penalties.refer;
import static org.casework.notices.Penalties.state;
import static org.casework.notices.payment.PaymentApiTest.refused;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.containsString;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasItem;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.notices.Penalties;
import org.casework.testing.Sql;
import org.casework.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Instalment plans, and referral for recovery under DPA 2018 Sch 16 para 9 (s.162-163 for the appeal bar). */
@QuarkusTest
class InstalmentPlanAndRecoveryApiTest {

    private static final LocalDate GIVEN = LocalDate.of(2025, 3, 26);

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String plan(String agreedOn, String... instalments) {
        StringBuilder list = new StringBuilder();
        for (int i = 0; i < instalments.length; i += 2) {
            list.append(i == 0 ? "" : ",").append("{\"dueOn\":\"").append(instalments[i])
                    .append("\",\"amount\":{\"amount\":\"").append(instalments[i + 1]).append("\",\"currency\":\"GBP\"}}");
        }
        return "{\"instalments\":[" + list + "],\"agreedOn\":\"" + agreedOn
                + "\",\"reason\":\"Cash flow: the group asked to pay in two parts\"}";
    }

    @Test
    void aPlanDividesTheBalanceExactlyAndALaterPlanReplacesIt() {
        clock.setLondon(LocalDateTime.of(2025, 4, 10, 10, 0));
        UUID notice = Penalties.issued(GIVEN, "3000.00");
        pay(notice, "1000.00", LocalDate.of(2025, 4, 9), "BACS-" + UUID.randomUUID()).then().statusCode(201);
        agreePlan(notice, plan("2025-04-10", "2025-05-01", "1000.00", "2025-06-02", "1000.00")).then().statusCode(200)
                .body("balance.amount", equalTo("2000.00"))
                .body("instalments", hasSize(2))
                .body("instalments[0].status", equalTo("DUE"))
                .body("instalments[1].amount.amount", equalTo("1000.00"))
                .body("instalmentPlanKept", equalTo(true));
        AuditEntries.exactlyOne(notice, "instalment-plan.agreed");

        clock.setLondon(LocalDateTime.of(2025, 4, 20, 10, 0));
        pay(notice, "1000.00", LocalDate.of(2025, 4, 20), "BACS-" + UUID.randomUUID()).then().statusCode(201);
        account(notice).then().body("instalments.status", equalTo(java.util.List.of("PAID", "DUE")));
        agreePlan(notice, plan("2025-04-20", "2025-05-15", "1000.00")).then().statusCode(200)
                .body("instalments", hasSize(1))
                .body("instalments[0].status", equalTo("DUE"));
        assertThat(Sql.queryLong("select count(*) from instalment_plan where notice_id = ?", notice), equalTo(2L));
        assertThat(Sql.queryLong("select count(*) from instalment_plan where notice_id = ? and superseded_at is null",
                notice), equalTo(1L));
        assertThat(AuditEntries.of(notice, "instalment-plan.agreed"), hasSize(2));
    }

    @Test
    void aPlanThatDoesNotFitIsAProblemThatChangesNothing() {
        clock.setLondon(LocalDateTime.of(2025, 4, 10, 10, 0));
        UUID notice = Penalties.issued(GIVEN, "2000.00");
        String before = state(notice);
        refused(agreePlan(notice, plan("2025-04-10", "2025-05-01", "1000.00", "2025-06-02", "999.99")), 422,
                "instalments-not-balance");
        refused(agreePlan(notice, plan("2025-04-10", "2025-04-09", "1000.00", "2025-06-02", "1000.00")), 422,
                "instalment-in-past");
        refused(agreePlan(notice, plan("2025-04-10", "2025-06-02", "1000.00", "2025-05-01", "1000.00")), 422,
                "instalments-not-ascending");
        refused(agreePlan(notice, plan("2025-04-10", "2025-05-01", "1000.005", "2025-06-02", "999.995")), 400,
                "invalid-request");
        refused(agreePlan(notice, plan("2025-04-11", "2025-05-01", "2000.00")), 422, "plan-agreed-on-invalid");
        refused(agreePlan(notice, "{\"instalments\":[],\"agreedOn\":\"2025-04-10\",\"reason\":\"x\"}"), 400,
                "invalid-request");
        assertThat(state(notice), equalTo(before));
    }

    @Test
    void recoveryIsBarredUntilBothPeriodsEndWhileAnAppealIsPendingAndWhileAPlanIsKept() {
        UUID notice = Penalties.issued(GIVEN, "1000.00");
        String before = state(notice);
        // Sch 16 para 9(1)(d): the appeal period runs to 23 Apr 2025 (payment was due 22 Apr)
        clock.setLondon(LocalDateTime.of(2025, 4, 23, 16, 0));
        Response early = refer(notice, LocalDate.of(2025, 4, 23));
        refused(early, 409, "recovery-barred");
        assertThat(early.<String>path("rule"), containsString("Sch 16 para 9(1)(d)"));
        assertThat(early.path("barredBecause.code"), equalTo(java.util.List.of("APPEAL_PERIOD_RUNNING")));
        refused(refer(notice, LocalDate.of(2025, 4, 24)), 422, "referral-date-invalid");
        assertThat(state(notice), equalTo(before));

        // para 9(1)(b)-(c): not while an appeal is pending (the flag the appeal records keep)
        clock.setLondon(LocalDateTime.of(2025, 5, 10, 10, 0));
        Penalties.set(notice, "appeal_pending = true");
        Response pending = refer(notice, LocalDate.of(2025, 5, 10));
        refused(pending, 409, "recovery-barred");
        assertThat(pending.path("barredBecause.code"), equalTo(java.util.List.of("APPEAL_PENDING")));
        account(notice).then().body("appealPending", equalTo(true)).body("recovery.possible", equalTo(false));
        assertThat(Penalties.rows(notice), equalTo("0/0/0"));
        Penalties.set(notice, "appeal_pending = false");

        agreePlan(notice, plan("2025-05-10", "2025-06-02", "1000.00")).then().statusCode(200);
        String withPlan = state(notice);
        Response kept = refer(notice, LocalDate.of(2025, 5, 10));
        refused(kept, 409, "recovery-barred");
        assertThat(kept.path("barredBecause.code"), equalTo(java.util.List.of("INSTALMENT_PLAN_KEPT")));
        assertThat(state(notice), equalTo(withPlan));
        assertThat(AuditEntries.of(notice, "recovery.referred"), hasSize(0));

        // the instalment was due Mon 2 Jun and is not paid: the plan is broken, recovery possible
        clock.setLondon(LocalDateTime.of(2025, 6, 3, 10, 0));
        refer(notice, LocalDate.of(2025, 6, 3)).then().statusCode(200)
                .body("recovery.referredOn", equalTo("2025-06-03"))
                .body("recovery.referredBy", equalTo("decision-maker-grace"))
                .body("instalments[0].status", equalTo("OVERDUE"))
                .body("overdue", equalTo(true));
        AuditEntries.exactlyOne(notice, "recovery.referred");
        Response again = refer(notice, LocalDate.of(2025, 6, 3));
        refused(again, 409, "recovery-barred");
        assertThat(again.path("barredBecause.code"), hasItem("ALREADY_REFERRED"));
        AuditEntries.exactlyOne(notice, "recovery.referred");
    }

    @Test
    void nothingOwedIsNotReferred() {
        clock.setLondon(LocalDateTime.of(2025, 6, 3, 10, 0));
        UUID notice = Penalties.issued(GIVEN, "1000.00");
        pay(notice, "1000.00", LocalDate.of(2025, 6, 2), "BACS-" + UUID.randomUUID()).then().statusCode(201);
        Response paid = refer(notice, LocalDate.of(2025, 6, 3));
        refused(paid, 409, "recovery-barred");
        assertThat(paid.path("barredBecause.code"), equalTo(java.util.List.of("NOTHING_OWED")));
    }
}
