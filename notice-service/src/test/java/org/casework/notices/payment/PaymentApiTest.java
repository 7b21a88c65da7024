package org.casework.notices.payment;

import static org.casework.notices.Penalties.account;
import static org.casework.notices.Penalties.pay;
import static org.casework.notices.Penalties.state;
import static org.hamcrest.MatcherAssert.assertThat;
import static org.hamcrest.Matchers.endsWith;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.hasSize;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.AuditEntries;
import org.casework.notices.Penalties;
import org.casework.testing.Problems;
import org.casework.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;
import io.restassured.response.Response;

/** Recording payments of a penalty (DPA 2018 s.155(1)); refunds after cancellation (Sch 16 para 8). */
@QuarkusTest
class PaymentApiTest {

    private static final LocalDate GIVEN = LocalDate.of(2025, 3, 26);

    @Inject
    TestClock clock;

    @BeforeEach
    void today() {
        clock.setLondon(LocalDateTime.of(2025, 4, 10, 10, 0));
    }

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    @Test
    void aPaymentIsRecordedAuditedAndTakenOffTheBalance() {
        UUID notice = Penalties.issued(GIVEN, "3076320.00");
        String ref = "BACS-" + UUID.randomUUID();
        pay(notice, "1000000.00", LocalDate.of(2025, 4, 9), ref).then().statusCode(201)
                .body("amount.amount", equalTo("1000000.00"))
                .body("amount.currency", equalTo("GBP"))
                .body("receivedOn", equalTo("2025-04-09"))
                .body("reference", equalTo(ref))
                .body("recordedBy", equalTo("caseworker-ada"));
        AuditEntries.Entry entry = AuditEntries.exactlyOne(notice, "payment.recorded");
        assertThat(entry.subject(), equalTo("caseworker-ada"));
        assertThat(entry.outcome(), equalTo("SUCCESS"));

        account(notice).then().statusCode(200)
                .body("amountDue.amount", equalTo("3076320.00"))
                .body("paid.amount", equalTo("1000000.00"))
                .body("balance.amount", equalTo("2076320.00"))
                .body("refundDue.amount", equalTo("0.00"))
                .body("paymentDueOn", equalTo("2025-04-22"))
                .body("workingDayPaymentDueOn", equalTo("2025-04-22"))
                .body("overdue", equalTo(false))
                .body("payments", hasSize(1))
                .body("recovery.possible", equalTo(false))
                .body("recovery.possibleFrom", equalTo("2025-04-24"));
        AuditEntries.exactlyOne(notice, "notice.account-read");
    }

    @Test
    void aCancelledPenaltyOwesNothingAndWhatWasPaidIsDueBack() {
        UUID notice = Penalties.issued(GIVEN, "3076320.00");
        pay(notice, "500000.00", LocalDate.of(2025, 4, 1), "BACS-" + UUID.randomUUID()).then().statusCode(201);
        Penalties.set(notice, "status = 'CANCELLED'");
        // money arriving after the cancellation is recorded too, to be refunded
        pay(notice, "0.01", LocalDate.of(2025, 4, 10), "BACS-" + UUID.randomUUID()).then().statusCode(201);
        account(notice).then().statusCode(200)
                .body("status", equalTo("CANCELLED"))
                .body("amountDue.amount", equalTo("0.00"))
                .body("balance.amount", equalTo("0.00"))
                .body("refundDue.amount", equalTo("500000.01"));
    }

    @Test
    void aRefusedPaymentIsAProblemThatChangesNothing() {
        UUID notice = Penalties.issued(GIVEN, "1000.00");
        String used = "BACS-" + UUID.randomUUID();
        pay(notice, "10.00", GIVEN, used).then().statusCode(201);
        String before = state(notice);

        refused(pay(notice, "-1.00", GIVEN, "BACS-" + UUID.randomUUID()), 400, "invalid-request");
        refused(pay(notice, "0.00", GIVEN, "BACS-" + UUID.randomUUID()), 422, "payment-not-positive");
        refused(pay(notice, "1.001", GIVEN, "BACS-" + UUID.randomUUID()), 400, "invalid-request");
        refused(pay(notice, "1.00", LocalDate.of(2025, 4, 11), "BACS-" + UUID.randomUUID()), 422, "payment-in-future");
        refused(pay(notice, "1.00", GIVEN.minusDays(1), "BACS-" + UUID.randomUUID()), 422, "payment-before-notice");
        refused(pay(notice, "1.00", GIVEN, used), 409, "payment-reference-used");
        refused(pay(Penalties.issued(GIVEN, "5.00"), "1.00", GIVEN, used), 409, "payment-reference-used");
        refused(pay(notice, "1.00", GIVEN, " "), 400, "invalid-request");
        assertThat(state(notice), equalTo(before));

        Penalties.set(notice, "status = 'DRAFT'");
        refused(pay(notice, "1.00", GIVEN, "BACS-" + UUID.randomUUID()), 409, "not-payable");
        refused(pay(UUID.randomUUID(), "1.00", GIVEN, "BACS-" + UUID.randomUUID()), 404, "not-found");
        assertThat(state(notice), equalTo(before));
    }

    static void refused(Response response, int status, String type) {
        Problems.assertProblem(response, status);
        assertThat(response.asString(), response.<String>path("type"), endsWith(type));
    }
}
