package org.casework.notices.payment;

import static org.casework.notices.payment.PaymentApiTest.refused;
import static org.hamcrest.Matchers.equalTo;
import static org.hamcrest.Matchers.nullValue;

import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.UUID;

import jakarta.inject.Inject;

import org.casework.notices.DownstreamStubs;
import org.casework.notices.NoticeApi;
import org.casework.notices.NoticeRequests;
import org.casework.notices.Penalties;
import org.casework.testing.TestClock;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

import io.quarkus.test.junit.QuarkusTest;

/** The optional rate of interest a penalty notice may state, drafted with it and applied by its account. */
@QuarkusTest
class LatePaymentInterestApiTest {

    @Inject
    TestClock clock;

    @AfterEach
    void resetClock() {
        clock.reset();
    }

    private static String withRate(String body, String rate) {
        return body.replaceFirst("\\{", "{\"latePaymentInterestPercent\":" + rate + ",");
    }

    @Test
    void aPenaltyNoticeMayStateARateAndOtherNoticesMayNot() {
        UUID caseId = UUID.randomUUID();
        DownstreamStubs.caseIs(caseId, "NOTICE_OF_INTENT_ISSUED", "caseworker-ada");
        NoticeApi.draft(withRate(NoticeRequests.penaltyNotice(caseId), "\"8\"")).then().statusCode(201)
                .body("latePaymentInterestPercent", equalTo(8));
        NoticeApi.draft(NoticeRequests.penaltyNotice(caseId)).then().statusCode(201)
                .body("latePaymentInterestPercent", nullValue());
        refused(NoticeApi.draft(withRate(NoticeRequests.penaltyNotice(caseId), "\"0\"")), 400, "invalid-request");
        refused(NoticeApi.draft(withRate(NoticeRequests.penaltyNotice(caseId), "\"8.125\"")), 400, "invalid-request");
        UUID other = UUID.randomUUID();
        DownstreamStubs.caseIs(other, "INVESTIGATING", "caseworker-ada");
        refused(NoticeApi.draft(withRate(NoticeRequests.noticeOfIntent(other), "\"8\"")), 422, "part-not-for-this-type");
    }

    @Test
    void theAccountShowsInterestAccruedOnTheOverdueBalance() {
        // 8% on £1,000.00 overdue 23 Apr to 1 May 2025: 9 days, £1.97 (rounded down)
        clock.setLondon(LocalDateTime.of(2025, 5, 1, 12, 0));
        UUID notice = Penalties.issued(LocalDate.of(2025, 3, 26), "1000.00");
        Penalties.set(notice, "late_payment_interest_percent = 8");
        Penalties.account(notice).then().statusCode(200)
                .body("interest.annualPercent", equalTo(8.0f))
                .body("interest.accrued.amount", equalTo("1.97"))
                .body("interest.accruesFrom", equalTo("2025-04-23"));
    }
}
